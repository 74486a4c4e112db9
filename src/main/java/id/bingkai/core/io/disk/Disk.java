// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.disk;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.CopyOption;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The file operations the atomic writer and the photo reader perform, in one small interface: production uses
 * {@link SystemDisk}; a test hands in one that fails the way a read-only folder, an unreadable photo or a full
 * disk does, which needs neither a privilege nor a special file system, and so runs as root and in a container.
 */
public interface Disk {
    /** A file being written: its bytes, and a way to force them onto the device before it is renamed. */
    interface Output extends Closeable {
        OutputStream stream();

        /** Forces the bytes written so far (and the file's metadata) to the device. */
        void force() throws IOException;
    }

    /** Creates {@code file}, which must not exist yet, for writing. */
    Output create(Path file) throws IOException;

    /** {@link java.nio.file.Files#move}. */
    void move(Path from, Path to, CopyOption... options) throws IOException;

    /** {@link java.nio.file.Files#deleteIfExists}. */
    boolean deleteIfExists(Path file) throws IOException;

    /** {@link java.nio.file.Files#exists}. */
    boolean exists(Path path, LinkOption... options);

    boolean isDirectory(Path path);

    boolean isRegularFile(Path path);

    boolean isReadable(Path path);

    boolean isWritable(Path path);

    long size(Path file) throws IOException;
}
