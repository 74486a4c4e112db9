// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.turbo;

/** TurboJPEG refused a file or failed; the caller falls back to ImageIO, which explains the problem to the user. */
final class TurboJpegException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TurboJpegException(String message) {
        super(message);
    }
}
