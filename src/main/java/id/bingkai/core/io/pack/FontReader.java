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
 * cannot load a font from memory); it deletes that file itself.
 */
final class FontReader {
    private FontReader() {
    }

    static Optional<Asset.Typeface> read(byte[] data, String file, String field, Problems problems) {
        switch (Sniff.of(data)) {
            case FONT -> {
                try {
                    Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
                    return Optional.of(new Asset.Typeface(file, font, data));
                } catch (FontFormatException | IOException | RuntimeException e) {
                    problems.add(file, field, "pack.problem.font.broken");
                }
            }
            case FONT_COLLECTION -> problems.add(file, field, "pack.problem.font.collection");
            case WEB_FONT -> problems.add(file, field, "pack.problem.font.web");
            default -> problems.add(file, field, "pack.problem.font.notFont");
        }
        return Optional.empty();
    }
}
