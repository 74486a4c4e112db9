// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import id.bingkai.core.io.disk.Disk;
import id.bingkai.core.io.disk.SystemDisk;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The real file system with faults injected on purpose: an unreadable photo, a read-only file or folder, a disk
 * that fills up while writing or when forced, a file system without atomic renames. Root and containers cannot
 * dodge these the way they dodge real permissions. It also keeps a journal of the write operations in order
 * ({@code create, write, force, close, move}) so a test can check that the bytes reach the device before the
 * rename.
 */
public final class FaultyDisk implements Disk {
    /** What the kernel says when a disk is full (ENOSPC). */
    public static final String NO_SPACE = "No space left on device";

    private final Disk real = new SystemDisk();
    private final List<String> journal = new ArrayList<>();
    private final Set<Path> unreadable = new HashSet<>();
    private final Set<Path> readOnly = new HashSet<>();
    private final Set<Path> notRegular = new HashSet<>();
    private final Set<Path> statFails = new HashSet<>();
    private long spaceLeft = Long.MAX_VALUE;
    private boolean fullOnForce;
    private boolean atomicMoves = true;
    private boolean deletesFail;
    private Runnable onWrite = () -> { };

    /** The file exists but cannot be read (mode 000 for a user who is not root). */
    public FaultyDisk unreadable(Path file) {
        unreadable.add(file.toAbsolutePath());
        return this;
    }

    /** The path is there but is no regular file (a device, a pipe or a socket). */
    public FaultyDisk notRegular(Path path) {
        notRegular.add(path.toAbsolutePath());
        return this;
    }

    /** The file can be read, but asking its size fails (a file system that stops answering). */
    public FaultyDisk statFails(Path file) {
        statFails.add(file.toAbsolutePath());
        return this;
    }

    /** The file, or everything in the folder, cannot be created or changed. */
    public FaultyDisk readOnly(Path fileOrFolder) {
        readOnly.add(fileOrFolder.toAbsolutePath());
        return this;
    }

    /** Writes fail with ENOSPC once this many more bytes have been written. */
    public FaultyDisk fullAfter(long bytes) {
        spaceLeft = bytes;
        return this;
    }

    /** Writes succeed but forcing them to the device fails with ENOSPC (delayed allocation, as ext4 and XFS do). */
    public FaultyDisk fullOnForce() {
        fullOnForce = true;
        return this;
    }

    /** Renames cannot be atomic (some network shares). */
    public FaultyDisk withoutAtomicMoves() {
        atomicMoves = false;
        return this;
    }

    /** Deleting fails too (the folder turned read-only half-way). */
    public FaultyDisk deletesFail() {
        deletesFail = true;
        return this;
    }

    /** Runs {@code probe} on every write, e.g. to see what the writer holds open at that moment. */
    public FaultyDisk onWrite(Runnable probe) {
        onWrite = probe;
        return this;
    }

    /** The write operations so far, in order; consecutive writes count as one "write". */
    public synchronized List<String> journal() {
        return List.copyOf(journal);
    }

    private synchronized void log(String operation) {
        if (!(operation.equals("write") && !journal.isEmpty() && journal.getLast().equals("write"))) {
            journal.add(operation);
        }
    }

    private boolean isReadOnly(Path path) {
        Path p = path.toAbsolutePath();
        return readOnly.contains(p) || (p.getParent() != null && readOnly.contains(p.getParent()));
    }

    @Override
    public Output create(Path file) throws IOException {
        log("create");
        if (isReadOnly(file)) {
            throw new AccessDeniedException(file.toString());
        }
        Output output = real.create(file);
        OutputStream counted = new FilterOutputStream(output.stream()) {
            @Override
            public void write(int b) throws IOException {
                spend(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                spend(len);
                out.write(b, off, len);
            }
        };
        return new Output() {
            @Override
            public OutputStream stream() {
                return counted;
            }

            @Override
            public void force() throws IOException {
                log("force");
                if (fullOnForce) {
                    throw new FileSystemException(file.toString(), null, NO_SPACE);
                }
                output.force();
            }

            @Override
            public void close() throws IOException {
                log("close");
                output.close();
            }
        };
    }

    private void spend(int bytes) throws IOException {
        log("write");
        onWrite.run();
        if (bytes > spaceLeft) {
            spaceLeft = 0;
            throw new IOException(NO_SPACE);
        }
        spaceLeft -= bytes;
    }

    @Override
    public void move(Path from, Path to, CopyOption... options) throws IOException {
        boolean atomic = Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE);
        log(atomic ? "move atomic" : "move");
        if (atomic && !atomicMoves) {
            throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "not on this file system");
        }
        if (isReadOnly(to)) {
            throw new AccessDeniedException(to.toString());
        }
        real.move(from, to, options);
    }

    @Override
    public boolean deleteIfExists(Path file) throws IOException {
        log("delete");
        if (deletesFail) {
            throw new AccessDeniedException(file.toString());
        }
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
        return !notRegular.contains(path.toAbsolutePath()) && real.isRegularFile(path);
    }

    @Override
    public boolean isReadable(Path path) {
        return !unreadable.contains(path.toAbsolutePath()) && real.isReadable(path);
    }

    @Override
    public boolean isWritable(Path path) {
        // A file keeps its own mode in a read-only folder: only creating and renaming there fail.
        return !readOnly.contains(path.toAbsolutePath()) && real.isWritable(path);
    }

    @Override
    public long size(Path file) throws IOException {
        if (unreadable.contains(file.toAbsolutePath())) {
            throw new AccessDeniedException(file.toString());
        }
        if (statFails.contains(file.toAbsolutePath())) {
            throw new IOException("stat failed: " + file);
        }
        return real.size(file);
    }
}
