// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.source;

import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.kiosk.fault.KioskFault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A hot folder a photographer's tethered camera writes into. A file is taken only once it is complete: its size
 * and time are unchanged since the previous look AND it decodes; a half-written file is never handed on. When a
 * burst lands between two looks, the newest complete photo is taken and the others go with it to the wipe.
 * Files already there at start are old and ignored. A removed folder is a fault, and polling recovers when it is
 * back. Polling (not a watch service) because it survives the folder being removed and works on any file system.
 */
public final class FolderSource implements PhotoSource {
    /** Larger files are not photos from a camera; they are skipped without being decoded. */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private final Path folder;
    private final ImageLoader images;
    private final Duration interval;
    private final Map<Path, Stamp> pending = new HashMap<>();
    private final Set<Path> seen = new HashSet<>();
    /** Complete-looking files that did not decode, with the stamp they had: looked at again only once changed. */
    private final Map<Path, Stamp> refused = new HashMap<>();
    private ScheduledExecutorService poller;
    private Listener listener;
    private boolean faulted;

    public FolderSource(Path folder, ImageLoader images, Duration interval) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.images = Objects.requireNonNull(images, "images");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    @Override
    public synchronized void start(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        seen.clear();
        pending.clear();
        refused.clear();
        faulted = false;
        listing().ifPresent(seen::addAll);
        if (poller == null && !interval.isZero()) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "kiosk-hot-folder");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService p;
        synchronized (this) {
            listener = null;
            p = poller;
            poller = null;
        }
        if (p != null) {
            p.shutdownNow();
            try {
                p.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One look at the folder (the poller calls this; tests call it directly for a deterministic order). */
    public synchronized void poll() {
        if (listener == null) {
            return;
        }
        var names = listing();
        if (names.isEmpty()) {
            if (!faulted) {
                faulted = true;
                listener.fault(KioskFault.of(KioskFault.Kind.FOLDER_MISSING, Msg.of("kiosk.fault.folder.admin", folder)));
            }
            return;
        }
        if (faulted) {
            faulted = false;
            listener.recovered();
        }
        List<Path> complete = new ArrayList<>();
        Map<Path, Stamp> now = new HashMap<>();
        for (Path file : names.get()) {
            if (seen.contains(file)) {
                continue;
            }
            stamp(file).ifPresent(stamp -> {
                now.put(file, stamp);
                if (stamp.equals(pending.get(file)) && stamp.size() > 0 && !stamp.equals(refused.get(file))) {
                    complete.add(file);
                }
            });
        }
        pending.clear();
        pending.putAll(now);
        List<Path> usable = new ArrayList<>();
        for (Path file : complete) {
            if (now.get(file).size() > MAX_FILE_BYTES || !decodes(file)) {
                refused.put(file, now.get(file));
            } else {
                usable.add(file);
            }
        }
        refused.keySet().retainAll(now.keySet());
        if (usable.isEmpty()) {
            return;
        }
        usable.sort(Comparator.comparing((Path f) -> now.get(f).modified()).thenComparing(Path::toString));
        Path newest = usable.getLast();
        seen.addAll(usable);
        usable.forEach(pending::remove);
        usable.forEach(refused::remove);
        listener.photo(new Capture(newest, usable));
    }

    private boolean decodes(Path file) {
        try {
            images.load(file, 64, 64);
            return true;
        } catch (BingkaiException | UncheckedIOException | OutOfMemoryError e) {
            return false;
        }
    }

    /** Regular, visible files of the folder; empty when the folder is missing or unreadable. */
    private Optional<List<Path>> listing() {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(p);
                }
                if (files.size() >= MAX_ENTRIES) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(files);
    }

    private static Optional<Stamp> stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new Stamp(a.size(), a.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private record Stamp(long size, long modified) {
    }
}
