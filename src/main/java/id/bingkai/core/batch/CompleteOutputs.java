// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.io.export.ImageFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Tells whether an output from an earlier run is finished, for {@code --resume}: a regular file whose first and
 * last bytes are those of a whole image (JPEG SOI ... EOI, PNG signature ... IEND). Reads a few bytes, never the
 * image, so resuming a batch of thousands costs almost nothing.
 */
final class CompleteOutputs {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Length 0, "IEND", and the CRC of "IEND". */
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private CompleteOutputs() {
    }

    static boolean isComplete(Path file, ImageFormat format) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = channel.size();
                return switch (format) {
                    case JPEG -> size > 4
                            && Arrays.equals(read(channel, 0, 2), new byte[] {(byte) 0xFF, (byte) 0xD8})
                            && Arrays.equals(read(channel, size - 2, 2), new byte[] {(byte) 0xFF, (byte) 0xD9});
                    case PNG -> size > PNG_SIGNATURE.length + PNG_END.length
                            && Arrays.equals(read(channel, 0, PNG_SIGNATURE.length), PNG_SIGNATURE)
                            && Arrays.equals(read(channel, size - PNG_END.length, PNG_END.length), PNG_END);
                };
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** A PDF from an earlier run is whole when it starts with {@code %PDF-} and ends with {@code %%EOF}. */
    static boolean isCompletePdf(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = channel.size();
                if (size < 16 || !new String(read(channel, 0, 5), StandardCharsets.US_ASCII).equals("%PDF-")) {
                    return false;
                }
                int tail = (int) Math.min(size, 32);
                return new String(read(channel, size - tail, tail), StandardCharsets.US_ASCII).contains("%%EOF");
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.array();
    }
}
