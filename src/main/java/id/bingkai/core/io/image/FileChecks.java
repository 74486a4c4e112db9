// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.disk.Disk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.stream.ImageInputStream;

/** Looks at a path before anything opens it, and turns failures to open into messages a user can act on. */
final class FileChecks {
    private FileChecks() {
    }

    /** Opens an input stream; a null result or an exception becomes "not found" or "unreadable". */
    @FunctionalInterface
    interface StreamOpener {
        ImageInputStream open() throws IOException;
    }

    /** Never opens a FIFO or device: reading one could block forever or never end. */
    static void requireRegularFile(Disk disk, Path file) {
        Objects.requireNonNull(file, "file");
        if (disk.isDirectory(file)) {
            throw new BadInputException(file, Msg.of("image.error.directory"));
        }
        if (!disk.exists(file)) {
            throw new BadInputException(file, Msg.of("image.error.not-found"));
        }
        if (!disk.isRegularFile(file)) {
            throw new BadInputException(file, Msg.of("image.error.not-regular"));
        }
        if (!disk.isReadable(file)) {
            throw new BadInputException(file, Msg.of("image.error.unreadable"));
        }
        try {
            if (disk.size(file) == 0) {
                throw new BadInputException(file, Msg.of("image.error.empty"));
            }
        } catch (IOException e) {
            throw new BadInputException(file, Msg.of("image.error.unreadable"), e);
        }
    }

    static ImageInputStream open(Path name, StreamOpener opener) {
        try {
            ImageInputStream in = opener.open();
            if (in != null) {
                return in;
            }
        } catch (IOException | RuntimeException e) {
            if (Files.notExists(name)) {
                throw new BadInputException(name, Msg.of("image.error.not-found"), e);
            }
            throw new BadInputException(name, Msg.of("image.error.unreadable"), e);
        }
        throw new BadInputException(name, Msg.of("image.error.unreadable"));
    }
}
