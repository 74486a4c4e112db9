// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes given as a pack file (zip or twibbon PNG), as manifest.json, or as an SVG layer give a pack or a list
 * of clear problems. Seeds live in {@code PackFuzzTestInputs}, one folder per test (see {@link HostileSeeds}).
 */
class PackFuzzTest {
    private final PackLoader packs = new PackLoader(new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()), PackLimits.DEFAULT);
    private final ClearAnswers answers = new ClearAnswers();

    @TempDir
    Path dir;

    @FuzzTest(maxDuration = "3m")
    @Timeout(10) // per input: a slower one is a finding (libFuzzer -timeout) and fails its replay
    void packFileGivesAPackOrClearProblems(byte[] data) {
        lint(write("paket.zip", data));
    }

    @FuzzTest(maxDuration = "3m")
    @Timeout(10) // per input: a slower one is a finding (libFuzzer -timeout) and fails its replay
    void manifestGivesAPackOrClearProblems(byte[] data) {
        Path root = folder();
        write(root.resolve("manifest.json"), data);
        lint(root);
    }

    @FuzzTest(maxDuration = "3m")
    @Timeout(10) // per input: a slower one is a finding (libFuzzer -timeout) and fails its replay
    void svgLayerGivesAPackOrClearProblems(byte[] data) {
        Path root = folder();
        write(root.resolve(HostilePacks.SVG_LAYER), data);
        lint(root);
    }

    private void lint(Path pack) {
        try {
            answers.check(packs.lint(pack));
        } catch (BadInputException e) {
            answers.check(e);
        }
    }

    /** A valid pack folder, written once per test and then changed one file at a time. */
    private Path folder() {
        Path root = dir.resolve("paket");
        if (!Files.isDirectory(root)) {
            try {
                HostilePacks.writeFolder(root, HostilePacks.files(HostilePacks.manifest()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    private Path write(String name, byte[] data) {
        return write(dir.resolve(name), data);
    }

    private static Path write(Path file, byte[] data) {
        try {
            return Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
