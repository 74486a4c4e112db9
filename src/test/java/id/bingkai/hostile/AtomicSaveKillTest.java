// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.TimeLimits;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process saving over and over is killed with SIGKILL ({@code kill -9}) at random moments: afterwards the file is
 * always a complete version (the one before, or the one being saved), never a torn mix, and what is left beside it
 * is only hidden temporary files that no one mistakes for the output.
 */
class AtomicSaveKillTest {
    private static final Pattern TEMP = Pattern.compile("\\.hasil\\.png\\.tmp-[0-9a-z]+");
    private static final int KILLS = 6;

    @TempDir
    Path dir;

    /** {@code -Dbingkai.kill.seed=N} replays the kill moments of a failed run (its seed is in the failure). */
    static final String SEED = "bingkai.kill.seed";

    @Test
    void killingTheProcessDuringASaveLeavesTheLastCompleteFile() throws Exception {
        long seed = Long.getLong(SEED, System.nanoTime());
        System.out.println("AtomicSaveKillTest: -D" + SEED + "=" + seed);
        try {
            killRounds(new Random(seed));
        } catch (AssertionError | Exception e) {
            throw new AssertionError("kill moments from seed " + seed + "; replay with -D" + SEED + "=" + seed
                    + ": " + e.getMessage(), e);
        }
    }

    private void killRounds(Random random) throws Exception {
        Path target = dir.resolve("hasil.png");
        int firstVersion = 1;
        for (int round = 0; round < KILLS; round++) {
            Process child = new ProcessBuilder(ChildJvm.command(List.of("-Xmx256m"), SaveLoop.class,
                    List.of(target.toString(), Integer.toString(firstVersion)))).redirectErrorStream(true).start();
            List<Integer> saved = new ArrayList<>();
            List<Integer> saving = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                // Round 0 is killed during its first save; the others after a random number of saves.
                int savesBeforeKill = round == 0 ? 0 : 1 + random.nextInt(3);
                read(out, saved, saving, savesBeforeKill);
                Thread.sleep(random.nextInt(400)); // somewhere inside one of the next saves
                // SIGKILL on Linux and macOS (TerminateProcess on Windows); through the handle, so that the pipe
                // stays open to read what the child printed before it died.
                assertThat(child.toHandle().destroyForcibly()).isTrue();
                assertThat(child.waitFor(TimeLimits.scaled(Duration.ofSeconds(20)).toMillis(), TimeUnit.MILLISECONDS))
                        .as("the killed child ended").isTrue();
                read(out, saved, saving, Integer.MAX_VALUE); // what it printed before it died
            }
            int kept = check(target, saved, saving.isEmpty() ? -1 : saving.getLast());
            firstVersion = Math.max(kept, saving.isEmpty() ? 0 : saving.getLast()) + 1;
        }
    }

    /** Reads the child's progress until {@code saves} saves completed and the next began, or to the end. */
    private static void read(BufferedReader out, List<Integer> saved, List<Integer> saving, int saves)
            throws IOException {
        while (saved.size() < saves || saves != Integer.MAX_VALUE && saving.size() <= saved.size()) {
            String line = out.readLine();
            if (line == null) {
                assertThat(saves).as("the saving child stopped early").isEqualTo(Integer.MAX_VALUE);
                return;
            }
            if (line.startsWith("saved ")) {
                saved.add(Integer.parseInt(line.substring(6)));
            } else if (line.startsWith("saving ")) {
                saving.add(Integer.parseInt(line.substring(7)));
            }
        }
    }

    /** The file is whole and is the last completed version or the one in progress; returns its version. */
    private int check(Path target, List<Integer> saved, int saving) throws IOException {
        List<String> others;
        try (Stream<Path> files = Files.list(dir)) {
            others = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("hasil.png")).toList();
        }
        assertThat(others).as("only hidden temporary files beside the output").allMatch(n -> TEMP.matcher(n).matches());
        if (!Files.exists(target)) {
            assertThat(saved).as("no file although a save completed").isEmpty();
            return 0;
        }
        BufferedImage image = ImageIO.read(target.toFile()); // throws on a torn file
        assertThat(image).as("a complete PNG").isNotNull();
        int version = SaveLoop.versionOf(image);
        List<Integer> acceptable = new ArrayList<>(saved.isEmpty() ? List.of() : List.of(saved.getLast()));
        acceptable.add(saving); // the rename of the save in progress may have happened just before the kill
        assertThat(version).as("saved " + saved + ", saving " + saving).isIn(acceptable);
        BufferedImage expected = SaveLoop.version(version);
        for (int i = 0; i < 200; i++) {
            int x = (i * 7919) % SaveLoop.SIZE;
            int y = (i * 104_729) % SaveLoop.SIZE;
            assertThat(image.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d of version %d", x, y, version)
                    .isEqualTo(expected.getRGB(x, y) & 0xFFFFFF);
        }
        return version;
    }
}
