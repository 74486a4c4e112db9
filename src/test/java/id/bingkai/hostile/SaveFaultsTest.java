// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.cli.BingkaiCli;
import id.bingkai.cli.Console;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageExporter;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.testing.Pictures;
import id.bingkai.wiring.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving where the system says no, for real: a read-only folder, a read-only file, a full disk, a file where a
 * folder should be. Each gives a message naming the file and what to do, and leaves the previous file as it was
 * and no partial or temporary file behind. Cases that need root (an immutable file, a tiny RAM disk) or POSIX
 * permissions skip with a message where those are not available (an unprivileged container, CI included): the same
 * faults injected through the file layer's seam run everywhere and never skip (core.io.export.AtomicFilesFaultTest).
 */
class SaveFaultsTest {
    private static final ExportOptions REPLACE = new ExportOptions(ImageFormat.PNG, 0.9f, true, List.of());

    @TempDir
    Path dir;

    private final ImageExporter exporter = new ImageExporter();

    @Test
    void readOnlyFolderIsReportedAndThePreviousFileStays() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("terkunci"));
        Path target = Files.writeString(folder.resolve("hasil.png"), "karya lama");
        try (ReadOnly locked = ReadOnly.make(folder).orElse(null)) {
            Assumptions.assumeTrue(locked != null,
                    "a way to make a folder read-only for real (chattr +i or POSIX permissions)");

            BadInputException e = refusal(target);
            CliResult cli = render(target);

            assertThat(e.reason().key()).isEqualTo("export.error.readOnly");
            assertThat(cli.code()).isEqualTo(3);
            assertThat(cli.err()).contains("hasil.png").doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(Files.readString(target)).isEqualTo("karya lama");
        assertThat(listing(folder)).containsExactly("hasil.png");
    }

    @Test
    void readOnlyFileIsNotReplacedEvenWhenReplacingWasAsked() throws Exception {
        Path target = Files.writeString(dir.resolve("hasil.png"), "karya lama");
        try (ReadOnly locked = ReadOnly.make(target).orElse(null)) {
            Assumptions.assumeTrue(locked != null,
                    "a way to make a file read-only for real (chattr +i or POSIX permissions)");

            BadInputException e = refusal(target);
            CliResult cli = render(target);

            assertThat(e.reason().key()).isEqualTo("export.error.readOnlyFile");
            assertThat(cli.code()).isEqualTo(3);
            assertThat(cli.err()).contains("hasil.png");
        }
        assertThat(Files.readString(target)).isEqualTo("karya lama");
        assertThat(listing(dir)).containsExactly("hasil.png");
    }

    @Test
    void fullDiskIsReportedAndThePreviousFileStays() throws Exception {
        Path disk = Files.createDirectory(dir.resolve("disk"));
        try (RamDisk mounted = RamDisk.mount(disk, "64k").orElse(null)) {
            Assumptions.assumeTrue(mounted != null, "a small RAM disk (mount -t tmpfs, needs root)");
            Path target = Files.writeString(disk.resolve("hasil.png"), "karya lama");

            BadInputException e = refusal(target);
            CliResult cli = render(target, 2000); // a PNG of some hundred KB, bigger than the disk

            assertThat(e.reason().key()).isEqualTo("export.error.diskFull");
            assertThat(cli.code()).isEqualTo(3);
            assertThat(cli.err()).contains("hasil.png").doesNotContain("Exception");
            assertThat(Files.readString(target)).isEqualTo("karya lama");
            assertThat(listing(disk)).containsExactly("hasil.png");
        }
    }

    @Test
    void aFileWhereAFolderShouldBeAndAFolderWhereAFileShouldBeAreReported() throws Exception {
        Path file = Files.writeString(dir.resolve("hasil"), "berkas biasa");
        Path folder = Files.createDirectory(dir.resolve("foto.png"));

        CliResult underAFile = render(file.resolve("profil.png"));
        CliResult ontoAFolder = render(folder);

        assertThat(underAFile.code()).isEqualTo(3);
        assertThat(underAFile.err()).contains("profil.png").contains("hasil");
        assertThat(ontoAFolder.code()).isEqualTo(3);
        assertThat(ontoAFolder.err()).contains("foto.png");
        assertThat(listing(dir)).containsExactlyInAnyOrder("hasil", "foto.png");
        assertThat(listing(folder)).isEmpty();
    }

    private BadInputException refusal(Path target) {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> exporter.write(Pictures.noise(800, 800, 1), target, REPLACE));
        assertThat(e).as("a BadInputException").isNotNull();
        assertThat(e.file()).isEqualTo(target);
        return e;
    }

    private record CliResult(int code, String err) {
    }

    private CliResult render(Path out) throws IOException {
        return render(out, 800);
    }

    private CliResult render(Path out, int width) throws IOException {
        Path photo = dir.resolve("foto.jpg");
        if (!Files.exists(photo)) {
            Files.write(photo, HostileImages.sampleJpeg());
        }
        StringWriter err = new StringWriter();
        int code = new BingkaiCli(Services.create(new Messages(Messages.INDONESIAN)),
                new Console(new PrintWriter(new StringWriter()), new PrintWriter(err)), () -> 1)
                .run("render", "--photo", photo.toString(), "--width", Integer.toString(width), "--force", "--out",
                        out.toString());
        return new CliResult(code, err.toString());
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("foto.jpg")).sorted().toList();
        }
    }

    /** Runs a system command; true when it exits with 0 within ten seconds. */
    static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A file or folder made unwritable, even for root where possible (chattr +i), until closed. */
    private static final class ReadOnly implements AutoCloseable {
        private final Path path;
        private final Set<PosixFilePermission> previous;

        private ReadOnly(Path path, Set<PosixFilePermission> previous) {
            this.path = path;
            this.previous = previous;
        }

        static Optional<ReadOnly> make(Path path) throws IOException {
            if (run("chattr", "+i", path.toString())) {
                if (!Files.isWritable(path)) {
                    return Optional.of(new ReadOnly(path, null));
                }
                run("chattr", "-i", path.toString());
            }
            Set<PosixFilePermission> previous;
            try {
                previous = Files.getPosixFilePermissions(path);
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
            } catch (UnsupportedOperationException e) {
                return Optional.empty();
            }
            ReadOnly locked = new ReadOnly(path, previous);
            if (Files.isWritable(path)) {
                locked.close();
                return Optional.empty();
            }
            return Optional.of(locked);
        }

        @Override
        public void close() throws IOException {
            if (previous == null) {
                run("chattr", "-i", path.toString());
            } else {
                Files.setPosixFilePermissions(path, previous);
            }
        }
    }

    /** A tmpfs of a given size mounted on an empty folder (Linux, root), unmounted when closed. */
    private static final class RamDisk implements AutoCloseable {
        private final Path mountPoint;

        private RamDisk(Path mountPoint) {
            this.mountPoint = mountPoint;
        }

        static Optional<RamDisk> mount(Path mountPoint, String size) {
            return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString())
                    ? Optional.of(new RamDisk(mountPoint)) : Optional.empty();
        }

        @Override
        public void close() {
            run("umount", mountPoint.toString());
        }
    }
}
