// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a stream into memory, stopping as soon as it passes a cap instead of trusting a declared size. */
final class BoundedRead {
    private static final int CHUNK = 64 * 1024;

    private BoundedRead() {
    }

    /** The whole stream, or empty when it holds more than {@code max} bytes (at most max + 1 are read). */
    static Optional<byte[]> readAll(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, CHUNK));
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total + 1))) > 0) {
            total += n;
            if (total > max) {
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return Optional.of(out.toByteArray());
    }

    /** A size for messages: "64 MB", "512 KB" or "300 B". */
    static String describe(long bytes) {
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        return bytes >= 1L << 10 ? (bytes >> 10) + " KB" : bytes + " B";
    }
}
