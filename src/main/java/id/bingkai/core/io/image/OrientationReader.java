// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.io.IOException;
import java.nio.ByteOrder;
import javax.imageio.stream.ImageInputStream;

/**
 * Finds the EXIF orientation tag by walking only the container headers (JPEG APP1, PNG eXIf, WebP EXIF, TIFF IFD0).
 * It reads a few hundred bytes at most, never the pixels, and never fails: a missing, odd or corrupt EXIF block
 * simply means {@link Orientation#NORMAL}, because a broken tag must not cost the user their photo.
 */
final class OrientationReader {
    private static final int TAG_ORIENTATION = 0x0112;
    private static final int MAX_SEGMENTS = 512;

    private OrientationReader() {
    }

    /** Reads the orientation and leaves the stream at position 0 in its original byte order. */
    static Orientation read(ImageInputStream in) {
        ByteOrder order = in.getByteOrder();
        try {
            in.seek(0);
            byte[] head = ContentSniffer.readHead(in);
            in.seek(0);
            if (ContentSniffer.isJpeg(head)) {
                return fromJpeg(in);
            } else if (ContentSniffer.isPng(head)) {
                return fromPng(in);
            } else if (ContentSniffer.isWebp(head)) {
                return fromWebp(in);
            } else if (ContentSniffer.isTiff(head)) {
                return fromTiff(in, 0, Long.MAX_VALUE);
            }
            return Orientation.NORMAL;
        } catch (IOException | RuntimeException e) {
            return Orientation.NORMAL;
        } finally {
            in.setByteOrder(order);
            try {
                in.seek(0);
            } catch (IOException ignored) {
                // the decoder will report an unreadable stream itself
            }
        }
    }

    private static Orientation fromJpeg(ImageInputStream in) throws IOException {
        in.setByteOrder(ByteOrder.BIG_ENDIAN);
        in.seek(2);
        for (int i = 0; i < MAX_SEGMENTS; i++) {
            int b = in.read();
            if (b != 0xFF) {
                return Orientation.NORMAL;
            }
            int marker = in.read();
            while (marker == 0xFF) {
                marker = in.read();
            }
            if (marker < 0 || marker == 0xDA || marker == 0xD9) {
                return Orientation.NORMAL; // start of scan or end: no EXIF before the pixels
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // markers without a length
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                return Orientation.NORMAL;
            }
            long payload = in.getStreamPosition();
            if (marker == 0xE1 && length >= 8 + 8 && isExifHeader(in)) {
                return fromTiff(in, payload + 6, length - 2 - 6);
            }
            in.seek(payload + length - 2);
        }
        return Orientation.NORMAL;
    }

    private static boolean isExifHeader(ImageInputStream in) throws IOException {
        byte[] id = new byte[6];
        in.readFully(id);
        return id[0] == 'E' && id[1] == 'x' && id[2] == 'i' && id[3] == 'f' && id[4] == 0 && id[5] == 0;
    }

    private static Orientation fromPng(ImageInputStream in) throws IOException {
        in.setByteOrder(ByteOrder.BIG_ENDIAN);
        in.seek(8);
        for (int i = 0; i < MAX_SEGMENTS; i++) {
            long length = in.readUnsignedInt();
            int type = in.readInt();
            if (type == fourCc("IDAT") || type == fourCc("IEND")) {
                return Orientation.NORMAL; // eXIf belongs before the image data
            }
            long payload = in.getStreamPosition();
            if (type == fourCc("eXIf")) {
                return fromTiff(in, payload, length);
            }
            in.seek(payload + length + 4); // + CRC
        }
        return Orientation.NORMAL;
    }

    private static Orientation fromWebp(ImageInputStream in) throws IOException {
        in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
        in.seek(12);
        for (int i = 0; i < MAX_SEGMENTS; i++) {
            in.setByteOrder(ByteOrder.BIG_ENDIAN);
            int type = in.readInt();
            in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
            long length = in.readUnsignedInt();
            long payload = in.getStreamPosition();
            if (type == fourCc("EXIF")) {
                boolean prefixed = length > 6 && isExifHeader(in);
                long start = prefixed ? payload + 6 : payload;
                return fromTiff(in, start, prefixed ? length - 6 : length);
            }
            in.seek(payload + length + (length & 1)); // chunks are padded to even sizes
        }
        return Orientation.NORMAL;
    }

    /** Reads tag 0x0112 from IFD0 of a TIFF structure starting at {@code base} (offsets are relative to it). */
    private static Orientation fromTiff(ImageInputStream in, long base, long limit) throws IOException {
        in.seek(base);
        int b0 = in.read();
        int b1 = in.read();
        if (b0 == 'I' && b1 == 'I') {
            in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
        } else if (b0 == 'M' && b1 == 'M') {
            in.setByteOrder(ByteOrder.BIG_ENDIAN);
        } else {
            return Orientation.NORMAL;
        }
        if (in.readUnsignedShort() != 42) {
            return Orientation.NORMAL; // BigTIFF and others: not worth the risk for one tag
        }
        long ifd = in.readUnsignedInt();
        if (ifd < 8 || ifd + 2 > limit) {
            return Orientation.NORMAL;
        }
        in.seek(base + ifd);
        int count = in.readUnsignedShort();
        for (int i = 0; i < count && ifd + 2 + 12L * (i + 1) <= limit; i++) {
            int tag = in.readUnsignedShort();
            int type = in.readUnsignedShort();
            long values = in.readUnsignedInt();
            int value = type == 4 ? (int) in.readUnsignedInt() : in.readUnsignedShort();
            if (type != 4) {
                in.skipBytes(2);
            }
            if (tag == TAG_ORIENTATION) {
                boolean wellFormed = values == 1 && (type == 3 || type == 4);
                return wellFormed ? Orientation.ofExif(value) : Orientation.NORMAL;
            }
        }
        return Orientation.NORMAL;
    }

    private static int fourCc(String name) {
        return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
    }
}
