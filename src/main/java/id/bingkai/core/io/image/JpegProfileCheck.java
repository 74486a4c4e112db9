// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.io.IOException;
import java.nio.ByteOrder;
import javax.imageio.stream.ImageInputStream;

/**
 * Spots a JPEG whose embedded ICC profile declares a size no JPEG can hold. The decoder allocates the declared
 * size before reading (a 2 GB array for a 1 KB file), so such a file is refused before decoding. Other broken
 * profiles are harmless: the decoder ignores them and warns.
 */
final class JpegProfileCheck {
    /** 255 APP2 chunks of at most 65 535 - 2 (length) - 14 (identifier and sequence numbers) bytes. */
    static final long MAX_PROFILE_BYTES = 255L * (65_535 - 2 - 14);
    private static final int MAX_SEGMENTS = 512;
    private static final byte[] ICC_ID = {'I', 'C', 'C', '_', 'P', 'R', 'O', 'F', 'I', 'L', 'E', 0};
    /** "acsp" at offset 36 of every profile; without it the decoder gives up before allocating. */
    private static final long MAGIC = 0x61637370L;

    private JpegProfileCheck() {
    }

    /**
     * Whether the first ICC chunk holds a profile header declaring more than {@link #MAX_PROFILE_BYTES}; leaves
     * the stream at 0.
     */
    static boolean declaresImpossibleSize(ImageInputStream in) {
        ByteOrder order = in.getByteOrder();
        try {
            in.setByteOrder(ByteOrder.BIG_ENDIAN);
            in.seek(2);
            for (int i = 0; i < MAX_SEGMENTS; i++) {
                if (in.read() != 0xFF) {
                    return false;
                }
                int marker = in.read();
                while (marker == 0xFF) {
                    marker = in.read();
                }
                if (marker < 0 || marker == 0xDA || marker == 0xD9) {
                    return false; // profiles come before the pixels
                }
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                    continue;
                }
                int length = in.readUnsignedShort();
                long payload = in.getStreamPosition();
                if (marker == 0xE2 && length >= 2 + ICC_ID.length + 2 + 40 && isIccChunk(in) && in.read() == 1) {
                    in.skipBytes(1); // chunk count
                    long declared = in.readUnsignedInt();
                    in.skipBytes(32);
                    return in.readUnsignedInt() == MAGIC && declared > MAX_PROFILE_BYTES;
                }
                in.seek(payload + length - 2);
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false; // the decoder will report a broken file itself
        } finally {
            in.setByteOrder(order);
            try {
                in.seek(0);
            } catch (IOException ignored) {
                // the decoder will report an unreadable stream itself
            }
        }
    }

    private static boolean isIccChunk(ImageInputStream in) throws IOException {
        byte[] id = new byte[ICC_ID.length];
        in.readFully(id);
        return java.util.Arrays.equals(id, ICC_ID);
    }
}
