// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import javax.imageio.stream.ImageInputStream;

/**
 * Recognises containers from their first bytes. ImageIO picks the decoder; this only answers the questions ImageIO
 * cannot: where the EXIF block lives, and whether an unreadable file is an iPhone HEIC photo that deserves a
 * better message than "unknown format".
 */
final class ContentSniffer {
    /** Bytes needed by every check here. */
    static final int HEAD_LENGTH = 64;

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm",
            "hevs", "mif1", "msf1");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

    private ContentSniffer() {
    }

    /** Up to {@link #HEAD_LENGTH} bytes from the current position (fewer for a shorter file). */
    static byte[] readHead(ImageInputStream in) throws IOException {
        byte[] head = new byte[HEAD_LENGTH];
        int total = 0;
        while (total < head.length) {
            int n = in.read(head, total, head.length - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total == head.length ? head : Arrays.copyOf(head, total);
    }

    static boolean isJpeg(byte[] h) {
        return u(h, 0) == 0xFF && u(h, 1) == 0xD8 && u(h, 2) == 0xFF;
    }

    static boolean isPng(byte[] h) {
        return u(h, 0) == 0x89 && ascii(h, 1, "PNG") && u(h, 4) == 0x0D && u(h, 5) == 0x0A;
    }

    static boolean isWebp(byte[] h) {
        return ascii(h, 0, "RIFF") && ascii(h, 8, "WEBP");
    }

    static boolean isTiff(byte[] h) {
        return (ascii(h, 0, "II") && u(h, 2) == 42 && u(h, 3) == 0) || (ascii(h, 0, "MM") && u(h, 2) == 0
                && u(h, 3) == 42);
    }

    /**
     * "HEIC" or "AVIF" when the head is an ISO-BMFF {@code ftyp} box naming a HEIF/AVIF brand (major or compatible),
     * otherwise null (an MP4 video has an ftyp box too, with other brands).
     */
    static String heifKind(byte[] h) {
        int length = h.length;
        if (length < 16 || !ascii(h, 4, "ftyp")) {
            return null;
        }
        long boxSize = (long) u(h, 0) << 24 | u(h, 1) << 16 | u(h, 2) << 8 | u(h, 3);
        int end = (int) Math.min(Math.min(boxSize, length), h.length);
        boolean heif = false;
        for (int at = 8; at + 4 <= end; at += at == 8 ? 8 : 4) { // major brand, skip minor version, compatibles
            String brand = new String(h, at, 4, StandardCharsets.ISO_8859_1);
            if (AVIF_BRANDS.contains(brand)) {
                return "AVIF";
            }
            heif |= HEIF_BRANDS.contains(brand);
        }
        return heif ? "HEIC" : null;
    }

    private static int u(byte[] h, int at) {
        return at < h.length ? h[at] & 0xFF : -1;
    }

    private static boolean ascii(byte[] h, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (u(h, at + i) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
