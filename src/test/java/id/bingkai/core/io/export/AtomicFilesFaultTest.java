// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.core.error.BadInputException;
import id.bingkai.testing.FaultyDisk;
import id.bingkai.testing.Pictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected through the file layer's seam rather than borrowed from the machine, so they run as root and in
 * a container alike: a read-only folder or file, a disk that fills up while writing or only when the bytes are
 * forced, a file system without atomic renames. Each is a clear message naming the file; the previous file stays
 * as it was and no temporary file is left.
 */
class AtomicFilesFaultTest {
    private static final byte[] OLD = "karya lama".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void theBytesAreForcedToTheDeviceBeforeTheRenameMakesThemTheUsersFile() {
        FaultyDisk disk = new FaultyDisk();

        new AtomicFiles(disk).write(dir.resolve("foto.png"), false, out -> out.write(new byte[100_000]));

        assertThat(disk.journal()).containsExactly("create", "write", "force", "close", "move atomic");
    }

    @Test
    void replacingAlsoForcesBeforeTheRename() throws IOException {
        Path target = Files.write(dir.resolve("foto.png"), OLD);
        FaultyDisk disk = new FaultyDisk();

        new AtomicFiles(disk).write(target, true, out -> out.write(1));

        assertThat(disk.journal()).containsExactly("create", "write", "force", "close", "move atomic");
        assertThat(Files.readAllBytes(target)).containsExactly(1);
    }

    @Test
    void aReadOnlyFolderIsReportedAndNothingIsCreated() throws IOException {
        Path target = Files.write(dir.resolve("foto.png"), OLD);
        FaultyDisk disk = new FaultyDisk().readOnly(dir);

        BadInputException e = refusal(disk, target, true);

        assertThat(e.reason().key()).isEqualTo("export.error.readOnly");
        assertThat(e.reason().args()).contains(dir);
        assertUntouched(target);
    }

    @Test
    void aReadOnlyFileIsNotReplacedEvenWhenReplacingWasAsked() throws IOException {
        Path target = Files.write(dir.resolve("foto.png"), OLD);
        FaultyDisk disk = new FaultyDisk().readOnly(target);

        BadInputException e = refusal(disk, target, true);

        assertThat(e.reason().key()).isEqualTo("export.error.readOnlyFile");
        assertThat(disk.journal()).as("refused before anything is written").isEmpty();
        assertUntouched(target);
    }

    @Test
    void aDiskThatFillsUpWhileWritingIsReportedAsFull() throws IOException {
        Path target = Files.write(dir.resolve("foto.png"), OLD);
        FaultyDisk disk = new FaultyDisk().fullAfter(10_000);

        BadInputException e = refusal(disk, target, true);

        assertThat(e.reason().key()).isEqualTo("export.error.diskFull");
        assertThat(disk.journal()).contains("delete").doesNotContain("move atomic", "move");
        assertUntouched(target);
    }

    @Test
    void aDiskThatIsFoundFullOnlyWhenForcedIsReportedAsFullAndNothingIsRenamed() throws IOException {
        Path target = Files.write(dir.resolve("foto.png"), OLD);
        FaultyDisk disk = new FaultyDisk().fullOnForce();

        BadInputException e = refusal(disk, target, true);

        assertThat(e.reason().key()).isEqualTo("export.error.diskFull");
        assertThat(disk.journal()).containsExactly("create", "write", "force", "close", "delete");
        assertUntouched(target);
    }

    @Test
    void aFullDiskDuringARealPngExportLeavesThePreviousFile() throws IOException {
        Path target = Files.write(dir.resolve("hasil.png"), OLD);
        ImageExporter exporter = new ImageExporter(new AtomicFiles(new FaultyDisk().fullAfter(50_000)),
                Optional.empty());

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> exporter.write(
                Pictures.noise(400, 400, 7), target, new ExportOptions(ImageFormat.PNG, 0.9f, true, List.of())));

        assertThat(e.reason().key()).isEqualTo("export.error.diskFull");
        assertThat(e.file()).isEqualTo(target);
        assertUntouched(target);
    }

    @Test
    void withoutAtomicRenamesAPlainRenameStillComesAfterTheForce() {
        FaultyDisk disk = new FaultyDisk().withoutAtomicMoves();
        Path target = dir.resolve("foto.png");

        new AtomicFiles(disk).write(target, false, out -> out.write(7));

        assertThat(disk.journal()).containsExactly("create", "write", "force", "close", "move atomic", "move");
        assertThat(target).hasBinaryContent(new byte[] {7});
    }

    @Test
    void whenCleaningUpFailsTooTheUserStillHearsTheFirstReason() throws IOException {
        Path target = Files.write(dir.resolve("foto.png"), OLD);
        FaultyDisk disk = new FaultyDisk().fullAfter(10).deletesFail();

        BadInputException e = refusal(disk, target, true);

        assertThat(e.reason().key()).isEqualTo("export.error.diskFull");
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
    }

    private static BadInputException refusal(FaultyDisk disk, Path target, boolean overwrite) {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> new AtomicFiles(disk).write(target, overwrite, out -> out.write(new byte[100_000])));
        assertThat(e).as("a BadInputException").isNotNull();
        assertThat(e.file()).isEqualTo(target);
        return e;
    }

    private void assertUntouched(Path target) throws IOException {
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactly(target.getFileName().toString());
        }
    }
}
