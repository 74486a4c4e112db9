// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.disk.Disk;
import id.bingkai.core.io.disk.SystemDisk;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either complete or absent: the bytes go to a hidden temporary file in the same
 * folder, are forced to disk, and the file is then renamed into place. A crash, a full disk or an encoder error
 * never leaves a half-written image under the user's chosen name, and the temporary file is removed on failure.
 * Every file operation goes through a {@link Disk}, so that tests can make them fail.
 */
public final class AtomicFiles {
    /** Writes the content; may throw to abort (nothing is left behind). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MAX_NAME_IN_TEMP = 120;

    private final Disk disk;

    /** On the machine's own file system. */
    public AtomicFiles() {
        this(new SystemDisk());
    }

    public AtomicFiles(Disk disk) {
        this.disk = Objects.requireNonNull(disk, "disk");
    }

    /**
     * Checks, before anything is written, that {@code target} can be created: its folder exists and is a folder,
     * the target is not a folder, and it does not exist unless {@code overwrite}.
     *
     * @throws BadInputException naming the target and what to do about it
     */
    public void checkWritable(Path target, boolean overwrite) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (file.getFileName() == null || folder == null || disk.isDirectory(file)) {
            throw new BadInputException(target, Msg.of("export.error.isFolder"));
        }
        if (!disk.isDirectory(folder)) {
            for (Path p = folder; p != null; p = p.getParent()) {
                if (disk.exists(p)) {
                    if (!disk.isDirectory(p)) {
                        throw new BadInputException(target, Msg.of("export.error.notAFolder", p));
                    }
                    break;
                }
            }
            throw new BadInputException(target, Msg.of("export.error.noFolder", folder));
        }
        if (!overwrite && disk.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw exists(target);
        }
        if (overwrite && disk.isRegularFile(file) && !disk.isWritable(file)) {
            // A rename would replace it anyway on Linux and macOS; the read-only mark says the user wants it kept.
            throw new BadInputException(target, Msg.of("export.error.readOnlyFile"));
        }
    }

    /** Writes UTF-8 text atomically, replacing the file (settings, projects, autosaves). */
    public void writeString(Path target, String text) {
        write(target, true, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code target} atomically. Without {@code overwrite} an existing target is refused before anything
     * is written.
     *
     * @throws BadInputException when the target cannot be written, naming it and the reason
     */
    public void write(Path target, boolean overwrite, Content content) {
        checkWritable(target, overwrite);
        Path file = target.toAbsolutePath();
        Path temp = file.resolveSibling(tempName(file));
        boolean created = false;
        try {
            try (Disk.Output out = disk.create(temp)) {
                created = true;
                content.writeTo(out.stream());
                out.force(); // on the device before the rename makes it the user's file
            }
            if (!overwrite && disk.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw exists(target); // appeared while we were writing
            }
            move(temp, file, overwrite);
            created = false;
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        } catch (IOException e) {
            throw failure(target, file.getParent(), e);
        } finally {
            if (created) {
                deleteQuietly(temp);
            }
        }
    }

    private void move(Path temp, Path file, boolean overwrite) throws IOException {
        try {
            if (overwrite) {
                disk.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                disk.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this is rare (some network shares); a plain rename is the best we can do.
            if (overwrite) {
                disk.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            } else {
                disk.move(temp, file);
            }
        }
    }

    /** {@code .name.tmp-<random>}: hidden on Unix, recognisable, unique, in the same folder (same file system). */
    static String tempName(Path file) {
        String name = file.getFileName().toString();
        if (name.length() > MAX_NAME_IN_TEMP) {
            name = name.substring(0, MAX_NAME_IN_TEMP);
        }
        return "." + name + ".tmp-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    private static BadInputException exists(Path target) {
        return new BadInputException(target, Msg.of("export.error.exists"));
    }

    private BadInputException failure(Path target, Path folder, IOException e) {
        // Encoders wrap the file system's error (ImageIO: "I/O error writing PNG file!"); the cause says why.
        for (Throwable t = e; t != null; t = t.getCause()) {
            String lower = reason(t).toLowerCase(Locale.ROOT);
            if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("quota")) {
                return new BadInputException(target, Msg.of("export.error.diskFull", folder), e);
            }
            if (t instanceof AccessDeniedException || lower.contains("read-only") || lower.contains("permission")
                    || lower.contains("not permitted")) {
                return new BadInputException(target, Msg.of("export.error.readOnly", folder), e);
            }
            if (t instanceof NoSuchFileException) {
                return new BadInputException(target,
                        Msg.of(disk.isDirectory(folder) ? "export.error.readOnly" : "export.error.noFolder", folder),
                        e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new BadInputException(target, Msg.of("export.error.io", reason(root)), e);
    }

    /** A FileSystemException's message names our temporary file; its reason alone is what the user needs. */
    private static String reason(Throwable t) {
        String reason = t instanceof FileSystemException fse ? fse.getReason() : t.getMessage();
        return reason == null || reason.isBlank() ? t.getClass().getSimpleName() : reason;
    }

    private void deleteQuietly(Path temp) {
        try {
            disk.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The folder became unwritable mid-way; nothing more we can do, and the original error matters more.
        }
    }
}
