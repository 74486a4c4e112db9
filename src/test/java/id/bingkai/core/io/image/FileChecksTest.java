// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import id.bingkai.core.error.BadInputException;
import id.bingkai.testing.FaultyDisk;
import java.io.IOException;
import java.nio.file.Files;
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

    @Test
    void eachReasonForRefusingAPathHasItsOwnMessage() throws IOException {
        Path photo = Files.write(dir.resolve("foto.jpg"), new byte[] {1, 2, 3});
        Path empty = Files.write(dir.resolve("kosong.jpg"), new byte[0]);
        Path missing = dir.resolve("hilang.jpg");

        assertThat(reason(dir, () -> FileChecks.requireRegularFile(new FaultyDisk(), dir)))
                .isEqualTo("image.error.directory");
        assertThat(reason(missing, () -> FileChecks.requireRegularFile(new FaultyDisk(), missing)))
                .isEqualTo("image.error.not-found");
        assertThat(reason(photo, () -> FileChecks.requireRegularFile(new FaultyDisk().notRegular(photo), photo)))
                .isEqualTo("image.error.not-regular");
        assertThat(reason(photo, () -> FileChecks.requireRegularFile(new FaultyDisk().unreadable(photo), photo)))
                .isEqualTo("image.error.unreadable");
        assertThat(reason(photo, () -> FileChecks.requireRegularFile(new FaultyDisk().statFails(photo), photo)))
                .isEqualTo("image.error.unreadable");
        assertThat(reason(empty, () -> FileChecks.requireRegularFile(new FaultyDisk(), empty)))
                .isEqualTo("image.error.empty");
        FileChecks.requireRegularFile(new FaultyDisk(), photo);
        assertThatThrownBy(() -> FileChecks.requireRegularFile(new FaultyDisk(), null))
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
