// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a sheet's bytes are text, as spreadsheets save them: UTF-8 (with or without a byte-order mark), UTF-16 with
 * its byte-order mark (Excel's "Unicode text", tab-separated), and otherwise Windows-1252, what Excel's ordinary
 * "CSV (Comma delimited)" writes on an Indonesian or English Windows. A file that is not valid UTF-8 all the way
 * through is read as Windows-1252; the whole file is checked first (in 64 KiB steps, so any length costs the same
 * memory), because a batch must not fail on row 200 for a letter it could have read.
 */
public enum SheetEncoding {
    UTF_8(StandardCharsets.UTF_8, 0, "UTF-8"),
    UTF_8_BOM(StandardCharsets.UTF_8, 3, "UTF-8"),
    UTF_16LE(StandardCharsets.UTF_16LE, 2, "UTF-16"),
    UTF_16BE(StandardCharsets.UTF_16BE, 2, "UTF-16"),
    WINDOWS_1252(Charset.forName("windows-1252"), 0, "Windows-1252");

    private final Charset charset;
    private final int bomLength;
    private final String label;

    SheetEncoding(Charset charset, int bomLength, String label) {
        this.charset = charset;
        this.bomLength = bomLength;
        this.label = label;
    }

    public Charset charset() {
        return charset;
    }

    /** Bytes of byte-order mark to skip before the text. */
    public int bomLength() {
        return bomLength;
    }

    /** The name users know it by ("Windows-1252"). */
    public String label() {
        return label;
    }

    /** Whether the user should be told: the sheet was not Unicode, so its letters were read the Windows way. */
    public boolean guessed() {
        return this == WINDOWS_1252;
    }

    /** A decoder that reports broken text (UTF) or, for Windows-1252, shows its five unused bytes as U+FFFD. */
    public CharsetDecoder decoder() {
        CodingErrorAction action = this == WINDOWS_1252 ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        return charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    }

    /** Looks at the byte-order mark, then checks that the rest is UTF-8. */
    public static SheetEncoding detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return UTF_16LE;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return UTF_16BE;
            }
            boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            CharsetDecoder utf8 = UTF_8.decoder();
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            if (!bom) {
                bytes.put(head);
            }
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = utf8.decode(bytes, chars, end);
                if (result.isError()) {
                    return WINDOWS_1252;
                }
                chars.clear();
                bytes.compact();
            }
            if (utf8.flush(chars).isError() || bytes.position() > 0) {
                return WINDOWS_1252;
            }
            return bom ? UTF_8_BOM : UTF_8;
        }
    }
}
