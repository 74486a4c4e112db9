// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.i18n.Msg;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Checks a font that Java's loader accepted the way a print PDF uses it: Java tolerates a damaged glyph or cmap
 * table (and then draws boxes), PDFBox does not. A TrueType-outline font must map the Latin letters and digits
 * every template field holds to real glyphs, read those glyphs, and survive being subset as it is when a PDF
 * embeds it. A CFF-outline OTF is not checked here: the PDF draws its text as outlines (see docs/print.md).
 */
final class FontCheck {
    /** What a name, a NIP and a date need; a font without them would print boxes. */
    static final String LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private FontCheck() {
    }

    /** The reason the font cannot be used, or empty when it can. */
    static Optional<Msg> problem(byte[] data) {
        if (data.length >= 4 && data[0] == 'O' && data[1] == 'T' && data[2] == 'T' && data[3] == 'O') {
            return Optional.empty(); // CFF outlines: PDFBox cannot embed them, the PDF draws outlines instead
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null || font.getNumberOfGlyphs() <= 1) {
                return Optional.of(Msg.of("pack.problem.font.noLatin", "A–Z, a–z, 0–9"));
            }
            StringJoiner missing = new StringJoiner(" ");
            TTFSubsetter subset = new TTFSubsetter(font);
            for (char c : LATIN.toCharArray()) {
                int glyph = cmap.getGlyphId(c);
                if (glyph <= 0 || glyph >= font.getNumberOfGlyphs()) {
                    missing.add(String.valueOf(c));
                    continue;
                }
                GlyphData outline = font.getGlyph().getGlyph(glyph);
                if (outline != null) {
                    outline.getPath(); // a damaged glyph throws here
                }
                subset.add(c);
            }
            if (missing.length() > 0) {
                return Optional.of(Msg.of("pack.problem.font.noLatin", missing.toString()));
            }
            subset.writeToStream(OutputStream.nullOutputStream());
            return Optional.empty();
        } catch (IOException | RuntimeException | StackOverflowError e) { // a glyph made of itself
            return Optional.of(Msg.of("pack.problem.font.broken"));
        }
    }

}
