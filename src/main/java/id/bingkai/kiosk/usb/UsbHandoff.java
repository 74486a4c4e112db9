// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.usb;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.fault.Outcome;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Saves the visitor's result into the configured folder (a USB stick's mount point), atomically: the stick holds
 * the whole file or nothing, even when pulled out mid-write. Never replaces a file already there. A missing or
 * read-only folder, or a full stick, is a fault, not an exception.
 */
public final class UsbHandoff {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private final Path folder;
    private final AtomicFiles files;
    private final Supplier<LocalDateTime> clock;
    private final ToLongFunction<Path> freeSpace;

    public UsbHandoff(Path folder, AtomicFiles files, Supplier<LocalDateTime> clock) {
        this(folder, files, clock, UsbHandoff::usableSpace);
    }

    /** @param freeSpace the bytes free on the folder's disk (tests simulate a full stick with it) */
    public UsbHandoff(Path folder, AtomicFiles files, Supplier<LocalDateTime> clock, ToLongFunction<Path> freeSpace) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.files = Objects.requireNonNull(files, "files");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.freeSpace = Objects.requireNonNull(freeSpace, "freeSpace");
    }

    /** Whether the folder is there and writable now (the screen offers USB only then). */
    public boolean ready() {
        return Files.isDirectory(folder) && Files.isWritable(folder);
    }

    /**
     * Writes the encoded image ({@code extension} "jpg" or "png") as {@code bingkai-<time>[-n].<ext>}.
     *
     * @return the file written, or the fault
     */
    public Outcome<Path> save(byte[] encoded, String extension) {
        if (!extension.equals("jpg") && !extension.equals("png")) {
            throw new IllegalArgumentException("jpg or png");
        }
        if (!ready()) {
            return Outcome.failed(KioskFault.of(KioskFault.Kind.USB_MISSING,
                    Msg.of("kiosk.fault.usb.admin", folder, Msg.of("pack.error.missing"))));
        }
        if (freeBytes() < encoded.length + 64 * 1024L) {
            return Outcome.failed(KioskFault.of(KioskFault.Kind.DISK_FULL, Msg.of("kiosk.fault.disk.admin", folder)));
        }
        String stem = "bingkai-" + clock.get().format(STAMP);
        for (int n = 0; n < 1000; n++) {
            Path target = folder.resolve(n == 0 ? stem + "." + extension : stem + "-" + n + "." + extension);
            if (Files.exists(target)) {
                continue;
            }
            try {
                files.write(target, false, out -> out.write(encoded));
                return Outcome.ok(target);
            } catch (BadInputException e) {
                if (Files.exists(target)) {
                    continue; // taken meanwhile: try the next name
                }
                boolean full = freeBytes() < encoded.length + 64 * 1024L;
                return Outcome.failed(full
                        ? KioskFault.of(KioskFault.Kind.DISK_FULL, Msg.of("kiosk.fault.disk.admin", target))
                        : KioskFault.of(KioskFault.Kind.USB_MISSING, Msg.of("kiosk.fault.usb.admin", folder,
                                e.reason())));
            }
        }
        return Outcome.failed(KioskFault.of(KioskFault.Kind.USB_MISSING, Msg.of("kiosk.fault.usb.admin", folder,
                Msg.of("kiosk.usb.tooMany"))));
    }

    private long freeBytes() {
        return freeSpace.applyAsLong(folder);
    }

    private static long usableSpace(Path folder) {
        try {
            FileStore store = Files.getFileStore(folder);
            return store.getUsableSpace();
        } catch (IOException | SecurityException e) {
            return Long.MAX_VALUE; // unknown: let the write itself tell
        }
    }
}
