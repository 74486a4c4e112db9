// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private final AtomicFiles files = new AtomicFiles();

    @Test
    void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("foto.png");
        files.write(target, false, out -> out.write("isi".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("isi");
        assertThat(listing(dir)).containsExactly("foto.png");
    }

    @Test
    void existingTargetIsRefusedBeforeAnythingIsWrittenAndStaysUntouched() throws IOException {
        Path target = dir.resolve("foto.png");
        Files.writeString(target, "lama");
        AtomicBoolean contentCalled = new AtomicBoolean();

        assertFailsWith("export.error.exists",
                () -> files.write(target, false, out -> contentCalled.set(true)));

        assertThat(contentCalled).isFalse();
        assertThat(Files.readString(target)).isEqualTo("lama");
        assertThat(listing(dir)).containsExactly("foto.png");
    }

    @Test
    void overwriteReplacesTheExistingFile() throws IOException {
        Path target = dir.resolve("foto.png");
        Files.writeString(target, "lama");
        files.write(target, true, out -> out.write("baru".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("baru");
        assertThat(listing(dir)).containsExactly("foto.png");
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("foto.png");
        Files.writeString(target, "lama");

        assertThatThrownBy(() -> files.write(target, true, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("encoder broke");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(target)).isEqualTo("lama");
        assertThat(listing(dir)).containsExactly("foto.png");
    }

    @Test
    void fullDiskIsReportedAndNoPartialFileIsLeft() throws IOException {
        Path target = dir.resolve("foto.png");
        assertFailsWith("export.error.diskFull", () -> files.write(target, false, out -> {
            out.write(new byte[200_000]);
            throw new IOException("No space left on device");
        }));
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void fullDiskHiddenInsideAnEncoderErrorIsStillReportedAsFullDisk() throws IOException {
        Path target = dir.resolve("foto.png");
        assertFailsWith("export.error.diskFull", () -> files.write(target, false, out -> {
            throw new javax.imageio.IIOException("I/O error writing PNG file!",
                    new IOException("No space left on device"));
        }));
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void permissionProblemsAreReportedAsAnUnwritableFolder() throws IOException {
        Path target = dir.resolve("foto.png");
        assertFailsWith("export.error.readOnly", () -> files.write(target, false, out -> {
            throw new AccessDeniedException(target.toString());
        }));
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReportedAndNothingIsLeft() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("hasil"), "ini berkas");
        assertFailsWith("export.error.notAFolder",
                () -> files.write(notAFolder.resolve("foto.png"), false, out -> out.write(1)));
        assertFailsWith("export.error.notAFolder",
                () -> files.write(notAFolder.resolve("a/b/foto.png"), false, out -> out.write(1)));
        assertThat(listing(dir)).containsExactly("hasil");
    }

    @Test
    void missingFolderIsReported() {
        assertFailsWith("export.error.noFolder",
                () -> files.write(dir.resolve("tidak-ada/foto.png"), false, out -> out.write(1)));
    }

    @Test
    void aFolderAsTargetIsReportedEvenWithOverwrite() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("foto.png"));
        assertFailsWith("export.error.isFolder", () -> files.write(folder, true, out -> out.write(1)));
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    @Test
    void temporaryNamesAreHiddenUniqueAndInTheSameFolder() {
        Path target = dir.resolve("foto.png");
        String a = AtomicFiles.tempName(target);
        String b = AtomicFiles.tempName(target);
        assertThat(a).startsWith(".foto.png.tmp-").isNotEqualTo(b);
        assertThat(AtomicFiles.tempName(dir.resolve("x".repeat(250) + ".png")).length()).isLessThan(160);
    }

    private static void assertFailsWith(String key, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).reason().key()).isEqualTo(key));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
