// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.disk.Disk;
import id.bingkai.core.io.disk.SystemDisk;
import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks before a photo is opened, one per reason, each naming the file. */
class FileChecksTest {
    @TempDir
    Path dir;

    private static String reason(Path file, Runnable check) {
        BadInputException e = catchThrowableOfType(BadInputException.class, check::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.file()).isEqualTo(file);
        return e.reason().key();
    }

    /** The real disk, except for what each test says about one file. */
    private static Disk disk(boolean regular, boolean readable, boolean sizeFails) {
        Disk real = new SystemDisk();
        return new Disk() {
            @Override
            public Output create(Path file) throws IOException {
                return real.create(file);
            }

            @Override
            public void move(Path from, Path to, CopyOption... options) throws IOException {
                real.move(from, to, options);
            }

            @Override
            public boolean deleteIfExists(Path file) throws IOException {
                return real.deleteIfExists(file);
            }

            @Override
            public boolean exists(Path path, LinkOption... options) {
                return real.exists(path, options);
            }

            @Override
            public boolean isDirectory(Path path) {
                return real.isDirectory(path);
            }

            @Override
            public boolean isRegularFile(Path path) {
                return regular && real.isRegularFile(path);
            }

            @Override
            public boolean isReadable(Path path) {
                return readable && real.isReadable(path);
            }

            @Override
            public boolean isWritable(Path path) {
                return real.isWritable(path);
            }

            @Override
            public long size(Path file) throws IOException {
                if (sizeFails) {
                    throw new IOException("stat failed");
                }
                return real.size(file);
            }
        };
    }

    @Test
    void eachReasonForRefusingAPathHasItsOwnMessage() throws IOException {
        Path photo = Files.write(dir.resolve("foto.jpg"), new byte[] {1, 2, 3});
        Path empty = Files.write(dir.resolve("kosong.jpg"), new byte[0]);
        Path missing = dir.resolve("hilang.jpg");

        assertThat(reason(dir, () -> FileChecks.requireRegularFile(disk(true, true, false), dir)))
                .isEqualTo("image.error.directory");
        assertThat(reason(missing, () -> FileChecks.requireRegularFile(disk(true, true, false), missing)))
                .isEqualTo("image.error.not-found");
        assertThat(reason(photo, () -> FileChecks.requireRegularFile(disk(false, true, false), photo)))
                .isEqualTo("image.error.not-regular");
        assertThat(reason(photo, () -> FileChecks.requireRegularFile(disk(true, false, false), photo)))
                .isEqualTo("image.error.unreadable");
        assertThat(reason(photo, () -> FileChecks.requireRegularFile(disk(true, true, true), photo)))
                .isEqualTo("image.error.unreadable");
        assertThat(reason(empty, () -> FileChecks.requireRegularFile(disk(true, true, false), empty)))
                .isEqualTo("image.error.empty");
        FileChecks.requireRegularFile(disk(true, true, false), photo);
        assertThatThrownBy(() -> FileChecks.requireRegularFile(disk(true, true, false), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anOpenedStreamIsHandedBack() throws IOException {
        try (ImageInputStream in = new ByteArrayImageInputStream(new byte[] {7})) {
            assertThat(FileChecks.open(dir, () -> in)).isSameAs(in);
        }
    }

    @Test
    void aFailureToOpenIsNotFoundOrUnreadableDependingOnTheFile() throws IOException {
        Path photo = Files.write(dir.resolve("foto.jpg"), new byte[] {1, 2, 3});
        Path missing = dir.resolve("hilang.jpg");

        assertThat(reason(missing, () -> FileChecks.open(missing, () -> {
            throw new IOException("gone");
        }))).isEqualTo("image.error.not-found");
        assertThat(reason(photo, () -> FileChecks.open(photo, () -> {
            throw new IOException("permission denied");
        }))).isEqualTo("image.error.unreadable");
        assertThat(reason(photo, () -> FileChecks.open(photo, () -> {
            throw new IllegalStateException("plug-in broke");
        }))).isEqualTo("image.error.unreadable");
        assertThat(reason(photo, () -> FileChecks.open(photo, () -> null))).isEqualTo("image.error.unreadable");
    }
}
