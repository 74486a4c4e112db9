// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.source;

import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageExporter;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.kiosk.fault.KioskFault;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A webcam: a preview the screen polls with {@link #preview()}, and a photo on {@link #capture()} (after the
 * screen's 3-2-1), written as a JPEG to the file the kiosk names (in the visitor's session folder). No camera, or a
 * camera that stops sending frames (unplugged), is a fault; the source keeps trying to open one and reports
 * {@code recovered} when it succeeds.
 */
public final class WebcamSource implements PhotoSource {
    /** Grabs without a new frame before the camera counts as gone (about 3 s at the preview rate). */
    static final int STALL_LIMIT = 45;
    private static final Duration GRAB_INTERVAL = Duration.ofMillis(66);

    private final CameraDriver driver;
    private final Optional<String> wanted;
    private final Supplier<Path> target;
    private final ImageExporter exporter;
    private final boolean background;
    private ScheduledExecutorService grabber;
    private Listener listener;
    private CameraDriver.Stream stream;
    private String openName = "";
    private BufferedImage latest;
    private int stalls;
    private boolean faulted;

    /**
     * @param device     part of the device name to choose (case-insensitive); empty takes the first camera
     * @param target     the file for the next capture (the kiosk gives one in the visitor's session folder)
     * @param background grab on a thread of its own; false for tests that call {@link #grab()} by hand
     */
    public WebcamSource(CameraDriver driver, Optional<String> device, Supplier<Path> target, ImageExporter exporter,
            boolean background) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.wanted = Objects.requireNonNull(device, "device");
        this.target = Objects.requireNonNull(target, "target");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.background = background;
    }

    /** The cameras plugged in now, for the admin screen. */
    public List<String> devices() {
        return driver.devices();
    }

    @Override
    public synchronized void start(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        faulted = false;
        grab();
        if (background && grabber == null) {
            grabber = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "kiosk-webcam");
                t.setDaemon(true);
                return t;
            });
            long ms = GRAB_INTERVAL.toMillis();
            grabber.scheduleWithFixedDelay(this::grab, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService g;
        synchronized (this) {
            listener = null;
            g = grabber;
            grabber = null;
            closeStream();
            latest = null;
        }
        if (g != null) {
            g.shutdownNow();
            try {
                g.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        driver.close();
    }

    /** The newest preview frame, if the camera has sent one. */
    public synchronized Optional<BufferedImage> preview() {
        return Optional.ofNullable(latest);
    }

    /** One step: open a camera if none is open, else take the newest frame (the grab thread calls this). */
    public synchronized void grab() {
        if (listener == null) {
            return;
        }
        if (stream == null && !open()) {
            return;
        }
        try {
            Optional<BufferedImage> frame = stream.frame();
            if (frame.isPresent()) {
                latest = frame.get();
                stalls = 0;
                if (faulted) {
                    faulted = false;
                    listener.recovered();
                }
            } else if (++stalls >= STALL_LIMIT) {
                lost();
            }
        } catch (CameraDriver.CameraException | RuntimeException e) {
            lost();
        }
    }

    /** Writes the newest frame to the next target and hands it on; a fault when there is no frame. */
    @Override
    public void capture() {
        BufferedImage frame;
        Listener l;
        synchronized (this) {
            frame = latest;
            l = listener;
        }
        if (l == null) {
            return;
        }
        if (frame == null) {
            l.fault(KioskFault.of(KioskFault.Kind.CAMERA_UNPLUGGED, Msg.of("kiosk.fault.camera.unplugged.admin",
                    openName)));
            return;
        }
        Path file = target.get();
        try {
            exporter.write(frame, file, new ExportOptions(ImageFormat.JPEG, 0.92f, false, List.of()));
        } catch (BingkaiException e) {
            l.fault(KioskFault.of(KioskFault.Kind.DISK_FULL, Msg.of("kiosk.fault.disk.admin", file)));
            return;
        }
        l.photo(Capture.owned(file));
    }

    private boolean open() {
        List<String> names = driver.devices();
        int index = -1;
        for (int i = 0; i < names.size() && index < 0; i++) {
            if (wanted.isEmpty() || names.get(i).toLowerCase(Locale.ROOT)
                    .contains(wanted.get().toLowerCase(Locale.ROOT))) {
                index = i;
            }
        }
        if (index < 0) {
            fault(KioskFault.of(KioskFault.Kind.CAMERA_MISSING, Msg.of("kiosk.fault.camera.missing.admin",
                    wanted.map(w -> " (" + w + ")").orElse(""))));
            return false;
        }
        try {
            stream = driver.open(index);
            openName = names.get(index);
            stalls = 0;
            return true;
        } catch (CameraDriver.CameraException e) {
            fault(KioskFault.of(KioskFault.Kind.CAMERA_MISSING, Msg.of("kiosk.fault.camera.missing.admin",
                    " (" + names.get(index) + ": " + e.getMessage() + ")")));
            return false;
        }
    }

    private void lost() {
        closeStream();
        latest = null;
        fault(KioskFault.of(KioskFault.Kind.CAMERA_UNPLUGGED, Msg.of("kiosk.fault.camera.unplugged.admin", openName)));
    }

    private void fault(KioskFault fault) {
        if (!faulted) {
            faulted = true;
            listener.fault(fault);
        }
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (RuntimeException e) {
                // an unplugged camera may fail to close; it is gone either way
            }
            stream = null;
        }
    }
}
