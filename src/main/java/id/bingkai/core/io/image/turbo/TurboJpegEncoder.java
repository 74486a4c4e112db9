// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.turbo;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * Encodes opaque pixels as a baseline JFIF JPEG with libjpeg-turbo: about four times faster than the JDK's
 * encoder for a 1080 px export, which is a quarter of a batch row's time. It writes no metadata at all besides
 * the JFIF header; the exporter adds its XMP segment itself.
 */
public final class TurboJpegEncoder {
    private final TurboJpeg lib;

    public TurboJpegEncoder(TurboJpeg lib) {
        this.lib = Objects.requireNonNull(lib, "lib");
    }

    /** The system's libjpeg-turbo, when it is installed and native access is allowed. */
    public static Optional<TurboJpegEncoder> system() {
        return TurboJpeg.find().map(TurboJpegEncoder::new);
    }

    /**
     * @param rgb      {@code 0x..RRGGBB} ints row by row (the top byte is ignored), e.g. a TYPE_INT_RGB raster
     * @param quality  1..100
     * @return the JPEG file, 4:2:0
     * @throws IllegalStateException when libjpeg-turbo refuses (the caller may then use ImageIO)
     */
    public byte[] encode(int[] rgb, int width, int height, int quality) {
        if (width <= 0 || height <= 0 || (long) width * height > rgb.length) {
            throw new IllegalArgumentException("pixel array too small for " + width + "x" + height);
        }
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality must be within 1..100: " + quality);
        }
        int format = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? TurboJpeg.PF_BGRX : TurboJpeg.PF_XRGB;
        try (Arena arena = Arena.ofConfined(); TurboJpeg.Session session = lib.openCompressor()) {
            MemorySegment src = lib.allocate(4L * width * height, arena);
            MemorySegment.copy(rgb, 0, src, ValueLayout.JAVA_INT, 0, width * height);
            return session.compress(src, width, height, format, TurboJpeg.SAMP_420, quality, arena);
        } catch (TurboJpegException e) {
            throw new IllegalStateException("libjpeg-turbo could not encode: " + e.getMessage(), e);
        }
    }
}
