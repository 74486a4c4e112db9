// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.source;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.export.ImageExporter;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.testing.Pictures;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The webcam source against a fake camera that can be plugged in and pulled out between grabs. */
class WebcamSourceTest {
    @TempDir
    Path dir;
    private final List<Object> events = new ArrayList<>();
    private final FakeCamera camera = new FakeCamera();

    private WebcamSource source(Optional<String> device) {
        AtomicInteger n = new AtomicInteger();
        return new WebcamSource(camera, device, () -> dir.resolve("camera-" + n.incrementAndGet() + ".jpg"),
                new ImageExporter(), false);
    }

    private final PhotoSource.Listener listener = new PhotoSource.Listener() {
        @Override
        public void photo(Capture capture) {
            events.add(capture);
        }

        @Override
        public void fault(KioskFault fault) {
            events.add(fault.kind());
        }

        @Override
        public void recovered() {
            events.add("recovered");
        }
    };

    @Test
    void aCaptureWritesTheNewestPreviewFrameAsAJpegInTheSessionFile() throws Exception {
        camera.plugged = List.of("Integrated Camera", "Logitech C920");
        WebcamSource source = source(Optional.of("c920"));
        source.start(listener);
        source.grab();
        assertThat(camera.opened).isEqualTo(1);
        assertThat(source.preview()).isPresent();
        source.capture();
        assertThat(events).hasSize(1);
        Path file = ((Capture) events.getFirst()).file();
        assertThat(file).isEqualTo(dir.resolve("camera-1.jpg"));
        BufferedImage written = ImageIO.read(file.toFile());
        assertThat(written.getWidth()).isEqualTo(64);
        assertThat(((Capture) events.getFirst()).originals()).isEmpty();
    }

    @Test
    void noCameraIsOneFaultAndPluggingOneInRecovers() {
        WebcamSource source = source(Optional.empty());
        source.start(listener);
        source.grab();
        source.grab();
        assertThat(events).containsExactly(KioskFault.Kind.CAMERA_MISSING);
        camera.plugged = List.of("USB Camera");
        source.grab();
        source.grab();
        assertThat(events).containsExactly(KioskFault.Kind.CAMERA_MISSING, "recovered");
        assertThat(source.preview()).isPresent();
    }

    @Test
    void aCameraUnpluggedMidSessionIsAFaultNotACrashAndCaptureThenFailsCleanly() throws Exception {
        camera.plugged = List.of("USB Camera");
        WebcamSource source = source(Optional.empty());
        source.start(listener);
        source.grab();
        camera.unplugged = true;
        source.grab();
        assertThat(events).containsExactly(KioskFault.Kind.CAMERA_UNPLUGGED);
        assertThat(source.preview()).isEmpty();
        source.capture();
        assertThat(events).containsExactly(KioskFault.Kind.CAMERA_UNPLUGGED, KioskFault.Kind.CAMERA_UNPLUGGED);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aCameraThatStopsSendingFramesCountsAsGone() {
        camera.plugged = List.of("USB Camera");
        WebcamSource source = source(Optional.empty());
        source.start(listener);
        camera.frozen = true;
        for (int i = 0; i < WebcamSource.STALL_LIMIT + 1; i++) {
            source.grab();
        }
        assertThat(events).containsExactly(KioskFault.Kind.CAMERA_UNPLUGGED);
    }

    /** Plugged devices, and a stream that fails once unplugged. */
    private static final class FakeCamera implements CameraDriver {
        List<String> plugged = List.of();
        boolean unplugged;
        boolean frozen;
        int opened;

        @Override
        public List<String> devices() {
            return unplugged ? List.of() : plugged;
        }

        @Override
        public Stream open(int index) throws CameraException {
            if (unplugged || index >= plugged.size()) {
                throw new CameraException("gone", null);
            }
            opened++;
            return new Stream() {
                @Override
                public Optional<BufferedImage> frame() throws CameraException {
                    if (unplugged) {
                        throw new CameraException("device disconnected", null);
                    }
                    return frozen ? Optional.empty() : Optional.of(Pictures.noise(64, 48, opened));
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void close() {
        }
    }
}
