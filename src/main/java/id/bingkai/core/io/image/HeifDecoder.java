// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Decodes HEIF files, the HEIC photos of iPhones and AVIF (the system's libheif through FFM, {@code core.io.image.heif}).
 * {@link ImageLoader} sniffs the format, checks the declared size against its pixel budget when {@link #decode} hands
 * it the header (before any pixel is decoded), and converts the ICC profile; the decoder applies the container's own
 * rotation and mirroring (irot/imir), which is where HEIF keeps the orientation, so images come back upright. One
 * call reads the input once and parses the container once. Failures are
 * {@link id.bingkai.core.error.BadInputException}s naming {@code name}.
 */
public interface HeifDecoder {
    /**
     * What the header of the primary image says: its upright size, and its ICC profile (or null: sRGB, or an nclx
     * description that libheif already applies when it converts to RGB).
     */
    record Header(int width, int height, boolean alpha, byte[] iccProfile) {
    }

    /** The pixels, upright, 8 bits per channel (ARGB when the image has alpha, else RGB), and the header they had. */
    record Decoded(Header header, BufferedImage image) {
    }

    /** Where the HEIF bytes are. */
    sealed interface Source {
        /** A file the decoder reads itself, once, into the memory libheif works on (no copy on the Java heap). */
        record File(Path path) implements Source {
            public File {
                Objects.requireNonNull(path, "path");
            }
        }

        /** Bytes already in memory (a pack layer). */
        record Bytes(byte[] data) implements Source {
            public Bytes {
                Objects.requireNonNull(data, "data");
            }
        }
    }

    /**
     * Reads the container and the primary image's header only; no pixel is decoded. {@code budget} words the refusal
     * of a file whose declared size libheif's own security limits already refuse.
     */
    Header header(Source source, Path name, String format, PixelBudget budget);

    /**
     * Decodes the primary image. {@code beforeDecode} gets the header first, with the container parsed once for
     * both; it refuses the image by throwing, and then nothing is decoded.
     */
    Decoded decode(Source source, Path name, String format, PixelBudget budget, Consumer<Header> beforeDecode);
}
