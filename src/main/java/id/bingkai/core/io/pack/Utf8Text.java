// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a text file of a pack as UTF-8, explicitly. A UTF-8 byte order mark (Windows Notepad writes one) is
 * skipped; UTF-16 and legacy encodings such as Windows-1252 are refused with a hint instead of being guessed,
 * because a wrongly guessed encoding would silently garble names such as "Kementerian Dalam Negeri".
 */
final class Utf8Text {
    private Utf8Text() {
    }

    static Optional<String> decode(byte[] bytes, String file, Problems problems) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            problems.add(file, "", "pack.problem.text.utf16");
            return Optional.empty();
        }
        for (byte b : bytes) {
            if (b == 0) {
                problems.add(file, "", "pack.problem.text.utf16");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.add(file, "", "pack.problem.text.notUtf8", lineOf(bytes, in.position()));
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
