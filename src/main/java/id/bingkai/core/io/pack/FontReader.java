// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.model.Asset;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a TTF or OTF font of a pack. Java's font loader copies the bytes to a temporary file of its own (it
 * cannot load a font from memory); it deletes that file itself. A font Java accepts is then checked the way the
 * PDF writer will use it ({@link FontCheck}): a broken one refuses the pack, naming the file, rather than coming
 * out as boxes on screen or as outlines without searchable text in a print PDF.
 */
final class FontReader {
    /**
     * The largest font file a pack may carry. Real faces with a Latin alphabet are well under 2 MB; a full CJK face
     * is about 20 MB.
     */
    static final long MAX_BYTES = 32L << 20;

    private FontReader() {
    }

    static Optional<Asset.Typeface> read(byte[] data, String file, String field, Problems problems) {
        switch (Sniff.of(data)) {
            case FONT -> {
                Font font;
                try {
                    font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
                } catch (FontFormatException | IOException | RuntimeException e) {
                    problems.add(file, field, "pack.problem.font.broken");
                    return Optional.empty();
                }
                Optional<id.bingkai.core.i18n.Msg> problem = FontCheck.problem(data);
                if (problem.isPresent()) {
                    problems.add(file, field, problem.get());
                    return Optional.empty();
                }
                return Optional.of(new Asset.Typeface(file, font, data));
            }
            case FONT_COLLECTION -> problems.add(file, field, "pack.problem.font.collection");
            case WEB_FONT -> problems.add(file, field, "pack.problem.font.web");
            default -> problems.add(file, field, "pack.problem.font.notFont");
        }
        return Optional.empty();
    }
}
