// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.source;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openpnp.capture.CaptureDevice;
import org.openpnp.capture.CaptureFormat;
import org.openpnp.capture.CaptureStream;
import org.openpnp.capture.OpenPnpCapture;

/**
 * Webcams through openpnp-capture (V4L2 on Linux, Media Foundation on Windows, AVFoundation on macOS; its native
 * part ships in the jar). The library context is opened lazily, so a machine without the native part or without
 * cameras just has no devices.
 */
public final class OpenPnpCameras implements CameraDriver {
    private OpenPnpCapture capture;
    private List<CaptureDevice> devices = List.of();

    @Override
    public synchronized List<String> devices() {
        try {
            if (capture == null) {
                capture = new OpenPnpCapture();
            }
            devices = List.copyOf(capture.getDevices());
            List<String> names = new ArrayList<>();
            for (CaptureDevice d : devices) {
                names.add(d.getName());
            }
            return names;
        } catch (RuntimeException | LinkageError e) {
            devices = List.of();
            return List.of();
        }
    }

    @Override
    public synchronized Stream open(int index) throws CameraException {
        if (index < 0 || index >= devices.size()) {
            throw new CameraException("no camera " + index, null);
        }
        CaptureDevice device = devices.get(index);
        try {
            CaptureFormat best = device.getFormats().stream()
                    .max(Comparator.comparingLong(f -> (long) f.getFormatInfo().width * f.getFormatInfo().height))
                    .orElseThrow(() -> new CameraException(device.getName() + " offers no format", null));
            CaptureStream stream = device.openStream(best);
            return new Opened(stream);
        } catch (RuntimeException | LinkageError e) {
            throw new CameraException(device.getName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (capture != null) {
            capture.close();
            capture = null;
        }
    }

    private record Opened(CaptureStream stream) implements Stream {
        @Override
        public Optional<BufferedImage> frame() throws CameraException {
            try {
                return stream.hasNewFrame() ? Optional.ofNullable(stream.capture()) : Optional.empty();
            } catch (Exception e) {
                throw new CameraException(String.valueOf(e.getMessage()), e);
            }
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
