// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.project;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Reads a project file's text defensively: only a regular file (a pipe would block forever), at most
 * {@link #MAX_BYTES} (a real project is a few KB), and explicitly UTF-8; a UTF-8 byte order mark is skipped,
 * UTF-16 and legacy encodings are refused with a message instead of a decoder's exception.
 */
final class ProjectText {
    static final int MAX_BYTES = 1 << 20;

    private ProjectText() {
    }

    /**
     * @throws BadInputException for a file that is not a project's text
     * @throws IOException       when the file cannot be read at all (missing, no permission)
     */
    static String read(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new BadInputException(file, Msg.of("project.error.notFile"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(file, Msg.of("project.error.tooBig", MAX_BYTES >> 10));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (byte b : bytes) {
            if (b == 0) { // UTF-16 or binary
                throw new BadInputException(file, Msg.of("project.error.encoding"));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, Msg.of("project.error.encoding"), e);
        }
    }
}
