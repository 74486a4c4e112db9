// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.source;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/** The camera library seen from the kiosk: list devices, open one, take frames. Tests put a fake behind it. */
public interface CameraDriver extends AutoCloseable {

    /** The cameras plugged in now; empty when there are none or the library cannot load. */
    List<String> devices();

    /** Opens the camera at {@code index} of {@link #devices()} at its largest format. */
    Stream open(int index) throws CameraException;

    @Override
    void close();

    /** An open camera. */
    interface Stream extends AutoCloseable {
        /** The newest frame when one arrived since the last call, else empty. */
        Optional<BufferedImage> frame() throws CameraException;

        @Override
        void close();
    }

    /** The camera failed (unplugged, busy, the native library missing). */
    final class CameraException extends Exception {
        private static final long serialVersionUID = 1L;

        public CameraException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
