// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.core.error.BadInputException;
import id.bingkai.testing.FaultyDisk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the user is told when a write fails, for each way the system words it, and the less common paths of the
 * atomic writer: a target that appears while writing, a replacing rename without atomic moves, UTF-8 text.
 */
class AtomicFilesReasonsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"No space left on device", "There is not enough space on the disk", "Disk quota exceeded"})
    void everyWordingOfAFullDiskIsAFullDisk(String message) {
        BadInputException e = failing(new IOException(message));

        assertThat(e.reason().key()).isEqualTo("export.error.diskFull");
        assertThat(e.reason().args()).containsExactly(dir);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Read-only file system", "Permission denied", "Operation not permitted"})
    void everyWordingOfAnUnwritableFolderIsAnUnwritableFolder(String message) {
        BadInputException e = failing(new IOException(message));

        assertThat(e.reason().key()).isEqualTo("export.error.readOnly");
        assertThat(e.reason().args()).containsExactly(dir);
    }

    @Test
    void aMissingFileInAnExistingFolderIsAnUnwritableFolder() {
        BadInputException e = failing(new NoSuchFileException(dir.resolve(".x.tmp-1").toString()));

        assertThat(e.reason().key()).isEqualTo("export.error.readOnly");
        assertThat(e.reason().args()).containsExactly(dir);
    }

    @Test
    void aFolderRemovedWhileWritingIsAMissingFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("hilang"));
        Path target = folder.resolve("foto.png");

        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> new AtomicFiles().write(target, false, out -> {
                    try (Stream<Path> inside = Files.list(folder)) {
                        for (Path p : inside.toList()) {
                            Files.delete(p);
                        }
                    }
                    Files.delete(folder);
                    throw new NoSuchFileException(folder.resolve(".foto.png.tmp-1").toString());
                }));

        assertThat(e.file()).isEqualTo(target);
        assertThat(e.reason().key()).isEqualTo("export.error.noFolder");
        assertThat(e.reason().args()).containsExactly(folder);
    }

    @Test
    void anyOtherFailureGivesTheSystemsReasonWithoutTheTemporaryFilesName() {
        BadInputException e = failing(new FileSystemException(dir.resolve(".foto.png.tmp-1").toString(), null,
                "Input/output error"));

        assertThat(e.reason().key()).isEqualTo("export.error.io");
        assertThat(e.reason().args()).containsExactly("Input/output error");
        assertThat(e.getCause()).isInstanceOf(FileSystemException.class);
    }

    @Test
    void theDeepestCauseOfAnEncoderErrorIsTheReason() {
        BadInputException e = failing(new IIOException("I/O error writing PNG file!",
                new IOException("wrapped", new IOException("Stale file handle"))));

        assertThat(e.reason().key()).isEqualTo("export.error.io");
        assertThat(e.reason().args()).containsExactly("Stale file handle");
    }

    @Test
    void aFailureWithoutWordsIsNamedByItsKind() {
        assertThat(failing(new IOException()).reason().args()).containsExactly("IOException");
        assertThat(failing(new IOException("  ")).reason().args()).containsExactly("IOException");
        assertThat(failing(new FileSystemException("/tmp/x")).reason().args()).containsExactly("FileSystemException");
    }

    @Test
    void aTargetThatAppearsWhileWritingIsNotReplacedAndTheTemporaryFileGoes() throws IOException {
        Path target = dir.resolve("foto.png");
        FaultyDisk disk = new FaultyDisk();

        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> new AtomicFiles(disk).write(target, false, out -> {
                    out.write(1);
                    Files.writeString(target, "orang lain");
                }));

        assertThat(e.reason().key()).isEqualTo("export.error.exists");
        assertThat(disk.journal()).containsExactly("create", "write", "force", "close", "delete");
        assertThat(Files.readString(target)).isEqualTo("orang lain");
        assertThat(listing()).containsExactly("foto.png");
    }

    @Test
    void aRenameRefusedBecauseTheTargetExistsIsReportedAsExisting() {
        BadInputException e = failing(new FileAlreadyExistsException(dir.resolve("foto.png").toString()));

        assertThat(e.reason().key()).isEqualTo("export.error.exists");
    }

    @Test
    void replacingWithoutAtomicRenamesStillReplaces() throws IOException {
        Path target = Files.writeString(dir.resolve("foto.png"), "lama");
        FaultyDisk disk = new FaultyDisk().withoutAtomicMoves();

        new AtomicFiles(disk).write(target, true, out -> out.write("baru".getBytes(StandardCharsets.UTF_8)));

        assertThat(disk.journal()).containsExactly("create", "write", "force", "close", "move atomic", "move");
        assertThat(Files.readString(target)).isEqualTo("baru");
        assertThat(listing()).containsExactly("foto.png");
    }

    @Test
    void aFolderThatCannotBeWrittenCreatesNothingAndDeletesNothing() {
        FaultyDisk disk = new FaultyDisk().readOnly(dir);

        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> new AtomicFiles(disk).write(dir.resolve("foto.png"), false, out -> out.write(1)));

        assertThat(e.reason().key()).isEqualTo("export.error.readOnly");
        assertThat(disk.journal()).containsExactly("create");
    }

    @Test
    void textIsWrittenAsUtf8AndReplacesTheFile() throws IOException {
        Path target = Files.writeString(dir.resolve("proyek.json"), "lama lama lama");

        new AtomicFiles().writeString(target, "{\"nama\":\"Siti Âminah 😀\"}");

        assertThat(Files.readAllBytes(target)).isEqualTo("{\"nama\":\"Siti Âminah 😀\"}"
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRootOfTheFileSystemIsAFolderNotAFile() {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> new AtomicFiles().checkWritable(Path.of("/"), true));

        assertThat(e.reason().key()).isEqualTo("export.error.isFolder");
    }

    @Test
    void anExistingFileIsRefusedWithoutOverwriteEvenWhenReadOnly() throws IOException {
        Path target = Files.writeString(dir.resolve("foto.png"), "lama");
        AtomicFiles files = new AtomicFiles(new FaultyDisk().readOnly(target));

        assertThat(catchThrowableOfType(BadInputException.class, () -> files.checkWritable(target, false))
                .reason().key()).isEqualTo("export.error.exists");
        assertThat(catchThrowableOfType(BadInputException.class, () -> files.checkWritable(target, true))
                .reason().key()).isEqualTo("export.error.readOnlyFile");
        new AtomicFiles().checkWritable(target, true);
        new AtomicFiles().checkWritable(dir.resolve("baru.png"), false);
    }

    @Test
    void temporaryNamesKeepAtMost120CharactersOfTheName() {
        String name = "n".repeat(119) + "xyz.png";
        String temp = AtomicFiles.tempName(dir.resolve(name));

        assertThat(temp).startsWith("." + "n".repeat(119) + "x.tmp-");
        assertThat(temp.substring(temp.indexOf(".tmp-") + 5)).matches("[0-9a-z]{1,13}");
        assertThat(AtomicFiles.tempName(dir.resolve("a.png"))).startsWith(".a.png.tmp-");
    }

    private BadInputException failing(IOException failure) {
        Path target = dir.resolve("foto.png");
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> new AtomicFiles().write(target, false, out -> {
                    out.write(new byte[1000]);
                    throw failure;
                }));
        assertThat(e).as("a BadInputException").isNotNull();
        assertThat(e.file()).isEqualTo(target);
        assertThat(listing()).as("nothing left behind").isEmpty();
        return e;
    }

    private List<String> listing() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
