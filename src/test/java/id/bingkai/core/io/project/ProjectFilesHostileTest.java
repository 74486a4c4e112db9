// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project files from strangers: the reader refuses clearly, never hangs, and never reaches for the network. */
class ProjectFilesHostileTest {
    private static final String PROJECT = """
            {"schema": 1, "pack": {"id": "contoh-asn-pilih-netral", "builtIn": true}, "frame": "bingkai-penuh",
             "texts": {"nama": "%s"}%s}
            """;

    @TempDir
    Path dir;

    private final ImageLoader images = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());
    private final PackLoader packs = new PackLoader(images, PackLimits.DEFAULT);
    private final List<Path> packsOpened = new ArrayList<>();
    private final ProjectFiles files = new ProjectFiles(images::ref, path -> {
        packsOpened.add(path);
        return packs.load(path);
    });
    private final List<ProjectFiles.KnownPack> known = List.of(new ProjectFiles.KnownPack(packs.builtIn(), true));

    private Path write(byte[] content) throws Exception {
        return Files.write(dir.resolve("karya.bingkai"), content);
    }

    private static byte[] project(String name, String more) {
        return PROJECT.formatted(name, more).getBytes(StandardCharsets.UTF_8);
    }

    private String refusal(Path file) {
        BadInputException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowableOfType(BadInputException.class, () -> files.open(file, known)));
        assertThat(e).as("a BadInputException").isNotNull();
        assertThat(e.file()).isEqualTo(file);
        return e.reason().key();
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        byte[] withBom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = write(java.nio.ByteBuffer.allocate(3 + project("Siti", "").length).put(withBom)
                .put(project("Siti", "")).array());

        assertThat(files.open(file, known).document().texts()).containsEntry("nama", "Siti");
    }

    @Test
    void legacyEncodingsAndBinaryFilesAreRefusedAsNotAProject() throws Exception {
        String text = new String(project("Désirée – “Humas”", ""), StandardCharsets.UTF_8);

        assertThat(refusal(write(text.getBytes(Charset.forName("windows-1252"))))).isEqualTo("project.error.encoding");
        assertThat(refusal(write(text.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo("project.error.encoding");
        assertThat(refusal(write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})))
                .isEqualTo("project.error.encoding");
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingItAll() throws Exception {
        byte[] big = project("Siti", ", \"x\": \"" + "a".repeat(ProjectText.MAX_BYTES) + "\"");

        assertThat(refusal(write(big))).isEqualTo("project.error.tooBig");
    }

    @Test
    void textsLongerThanTheirFieldAllowsAreRefused() throws Exception {
        assertThat(refusal(write(project("x".repeat(41), "")))).isEqualTo("project.error.field");
        assertThat(files.open(write(project("x".repeat(40), "")), known).document().texts().get("nama")).hasSize(40);
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumnNotTheParser() throws Exception {
        Path file = write("{\n  \"schema\": 1,\n  // komentar\n}".getBytes(StandardCharsets.UTF_8));

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> files.open(file, known));

        assertThat(e.reason().key()).isEqualTo("project.error.syntax");
        assertThat(e.reason().args()).singleElement().isEqualTo(id.bingkai.core.i18n.Msg.of("project.error.where", 3, 4));
        assertThat(new id.bingkai.core.i18n.Messages(java.util.Locale.ENGLISH).format(e.userMessage()))
                .contains("line 3, column 4").doesNotContain("Exception").doesNotContain("http");
    }

    @Test
    void aPipeIsRefusedInsteadOfBlockingForever() throws Exception {
        Path fifo = dir.resolve("pipa.bingkai");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo here");

        assertThat(refusal(fifo)).isEqualTo("project.error.notFile");
        assertThat(refusal(dir)).isEqualTo("project.error.notFile");
    }

    @Test
    void aPackOnANetworkShareIsRefusedWithoutBeingOpened() throws Exception {
        Path file = write(("{\"schema\": 1, \"pack\": {\"id\": \"lain\", \"origin\": \"\\\\\\\\server\\\\share\\\\p.zip\"},"
                + " \"frame\": \"x\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(refusal(file)).isEqualTo("project.error.network");
        assertThat(packsOpened).isEmpty();
    }

    @Test
    void aPhotoOnANetworkShareIsNotOpenedAndTheProjectSaysSo() throws Exception {
        Path file = write(project("Siti", ", \"photo\": {\"path\": \"\\\\\\\\server\\\\share\\\\foto.jpg\","
                + " \"relative\": \"//server/share/foto.jpg\"}"));

        ProjectFiles.Opened opened = files.open(file, known);

        assertThat(opened.document().primaryPhoto()).isEmpty();
        assertThat(opened.warnings()).singleElement().extracting(m -> m.key())
                .isEqualTo("project.warning.photo-network");
    }
}
