// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.turbo;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Reads the embedded ICC profile (APP2 "ICC_PROFILE" chunks) from the segments before a JPEG's first scan.
 * libjpeg-turbo leaves colour management to us; a Display P3 or Adobe RGB photo shown as sRGB looks wrong.
 * Never fails: anything malformed means "no profile", as a broken tag must not cost the user the photo.
 */
final class JpegMarkers {
    private static final int MAX_SEGMENTS = 1024;
    private static final byte[] ICC_ID = {'I', 'C', 'C', '_', 'P', 'R', 'O', 'F', 'I', 'L', 'E', 0};

    private JpegMarkers() {
    }

    /** The profile bytes with every chunk in order, or null when there is none or it is incomplete. */
    static byte[] iccProfile(MemorySegment jpeg) {
        long size = jpeg.byteSize();
        byte[][] chunks = null;
        long pos = 2;
        for (int i = 0; i < MAX_SEGMENTS && pos + 4 <= size; i++) {
            if (u8(jpeg, pos) != 0xFF) {
                return null;
            }
            int marker = u8(jpeg, pos + 1);
            pos += 2;
            if (marker == 0xFF) {
                pos--; // fill byte
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            int length = u8(jpeg, pos) << 8 | u8(jpeg, pos + 1);
            if (length < 2 || pos + length > size) {
                return null;
            }
            if (marker == 0xE2 && length >= 2 + ICC_ID.length + 2 && startsWithIccId(jpeg, pos + 2)) {
                int seq = u8(jpeg, pos + 2 + ICC_ID.length);
                int count = u8(jpeg, pos + 3 + ICC_ID.length);
                if (count == 0 || seq == 0 || seq > count) {
                    return null;
                }
                if (chunks == null) {
                    chunks = new byte[count][];
                } else if (chunks.length != count) {
                    return null;
                }
                long start = pos + 4 + ICC_ID.length;
                chunks[seq - 1] = jpeg.asSlice(start, length - 2 - ICC_ID.length - 2).toArray(ValueLayout.JAVA_BYTE);
            }
            pos += length;
        }
        if (chunks == null) {
            return null;
        }
        ByteArrayOutputStream profile = new ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            if (chunk == null) {
                return null;
            }
            profile.writeBytes(chunk);
        }
        return profile.toByteArray();
    }

    private static boolean startsWithIccId(MemorySegment jpeg, long pos) {
        for (int i = 0; i < ICC_ID.length; i++) {
            if (jpeg.get(ValueLayout.JAVA_BYTE, pos + i) != ICC_ID[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u8(MemorySegment s, long pos) {
        return s.get(ValueLayout.JAVA_BYTE, pos) & 0xFF;
    }
}
