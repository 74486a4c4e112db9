// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import id.bingkai.core.io.export.XmpPacket;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Just enough PNG and JPEG structure parsing to check what metadata an exported file carries. */
public final class ImageBytes {
    /** A PNG chunk. */
    public record Chunk(String type, byte[] data) {
    }

    /** A JPEG marker segment before the image data (marker 0xFFxx, payload without the length field). */
    public record Segment(int marker, byte[] payload) {
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ImageBytes() {
    }

    public static List<Chunk> pngChunks(byte[] file) {
        if (!Arrays.equals(Arrays.copyOf(file, 8), PNG_SIGNATURE)) {
            throw new AssertionError("not a PNG");
        }
        List<Chunk> chunks = new ArrayList<>();
        ByteBuffer buf = ByteBuffer.wrap(file, 8, file.length - 8);
        while (buf.remaining() >= 12) {
            int length = buf.getInt();
            byte[] type = new byte[4];
            buf.get(type);
            byte[] data = new byte[length];
            buf.get(data);
            buf.getInt(); // CRC
            chunks.add(new Chunk(new String(type, StandardCharsets.US_ASCII), data));
        }
        return chunks;
    }

    /** Segments from SOI up to and including SOS (the entropy-coded data after it is not parsed). */
    public static List<Segment> jpegSegments(byte[] file) {
        if ((file[0] & 0xff) != 0xFF || (file[1] & 0xff) != 0xD8) {
            throw new AssertionError("not a JPEG");
        }
        List<Segment> segments = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= file.length) {
            if ((file[pos] & 0xff) != 0xFF) {
                throw new AssertionError("marker expected at " + pos);
            }
            int marker = 0xFF00 | file[pos + 1] & 0xff;
            int length = (file[pos + 2] & 0xff) << 8 | file[pos + 3] & 0xff;
            segments.add(new Segment(marker, Arrays.copyOfRange(file, pos + 4, pos + 2 + length)));
            pos += 2 + length;
            if (marker == 0xFFDA) {
                break;
            }
        }
        return segments;
    }

    /**
     * Every chunk type in file order, nothing de-duplicated, except that a run of consecutive IDAT chunks (how an
     * encoder splits the pixel data is its own business) counts as one "IDAT".
     */
    public static List<String> pngStructure(byte[] file) {
        List<String> types = new ArrayList<>();
        for (Chunk chunk : pngChunks(file)) {
            if (!(chunk.type().equals("IDAT") && !types.isEmpty() && types.getLast().equals("IDAT"))) {
                types.add(chunk.type());
            }
        }
        return types;
    }

    /**
     * The name of every marker segment from SOI to SOS in file order (APP0, APP1, COM, DQT, SOF0, DHT, SOS, ...),
     * nothing de-duplicated, followed by "EOI" when the file ends right after its end-of-image marker and by
     * "TRAILING" when anything follows it (a comment hidden after the picture would be a leak too).
     */
    public static List<String> jpegStructure(byte[] file) {
        List<String> names = new ArrayList<>();
        for (Segment segment : jpegSegments(file)) {
            names.add(markerName(segment.marker()));
        }
        int end = file.length;
        boolean endsWithEoi = end >= 2 && (file[end - 2] & 0xff) == 0xFF && (file[end - 1] & 0xff) == 0xD9;
        names.add(endsWithEoi ? "EOI" : "TRAILING");
        return names;
    }

    static String markerName(int marker) {
        int m = marker & 0xFF;
        if (m >= 0xE0 && m <= 0xEF) {
            return "APP" + (m - 0xE0);
        }
        if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
            return "SOF" + (m - 0xC0);
        }
        return switch (m) {
            case 0xC4 -> "DHT";
            case 0xDB -> "DQT";
            case 0xDD -> "DRI";
            case 0xDA -> "SOS";
            case 0xFE -> "COM";
            default -> String.format("FF%02X", m);
        };
    }

    /** All PNG chunks except the compressed pixels, or all JPEG segments before the compressed pixels. */
    public static byte[] metadataBytes(byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if ((file[0] & 0xff) == 0x89) {
            pngChunks(file).stream().filter(c -> !c.type().equals("IDAT")).forEach(c -> {
                out.writeBytes(c.type().getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(c.data());
            });
        } else {
            jpegSegments(file).forEach(s -> out.writeBytes(s.payload()));
        }
        return out.toByteArray();
    }

    /** The XMP packet of an iTXt chunk (uncompressed) with the XMP keyword. */
    public static String pngXmp(byte[] file) {
        for (Chunk chunk : pngChunks(file)) {
            if (chunk.type().equals("iTXt")) {
                byte[] d = chunk.data();
                int keywordEnd = indexOf(d, new byte[] {0}, 0);
                String keyword = new String(d, 0, keywordEnd, StandardCharsets.ISO_8859_1);
                if (keyword.equals(XmpPacket.PNG_KEYWORD)) {
                    if (d[keywordEnd + 1] != 0) {
                        throw new AssertionError("XMP iTXt must not be compressed");
                    }
                    int languageEnd = indexOf(d, new byte[] {0}, keywordEnd + 3);
                    int translatedEnd = indexOf(d, new byte[] {0}, languageEnd + 1);
                    return new String(d, translatedEnd + 1, d.length - translatedEnd - 1, StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    /** The XMP packet of the APP1 segment that starts with the XMP namespace. */
    public static String jpegXmp(byte[] file) {
        byte[] ns = XmpPacket.JPEG_NAMESPACE.getBytes(StandardCharsets.US_ASCII);
        for (Segment segment : jpegSegments(file)) {
            byte[] p = segment.payload();
            if (segment.marker() == 0xFFE1 && p.length > ns.length && Arrays.equals(Arrays.copyOf(p, ns.length), ns)) {
                return new String(p, ns.length, p.length - ns.length, StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    public static boolean contains(byte[] haystack, String needle) {
        return indexOf(haystack, needle.getBytes(StandardCharsets.ISO_8859_1), 0) >= 0;
    }

    public static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
