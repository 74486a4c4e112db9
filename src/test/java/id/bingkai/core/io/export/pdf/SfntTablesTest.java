// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** Taking GSUB out of a font leaves a font with the same glyphs and metrics, and PDFBox then substitutes nothing. */
class SfntTablesTest {
    private static byte[] inter() throws IOException {
        try (InputStream in = SfntTablesTest.class.getResourceAsStream("/id/bingkai/core/fonts/pdf/Inter-Bold.ttf")) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] data) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    @Test
    void theFontWithoutGsubKeepsEveryOtherTableGlyphAndWidth() throws IOException {
        byte[] original = inter();
        byte[] stripped = SfntTables.without(original, "GSUB");

        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(stripped)) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB")
                    .hasSize(before.getTableMap().size() - 1);
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            for (char c : "Saya ASN #ASNpilihNETRAL 0123 Ikrar".toCharArray()) {
                int glyph = before.getUnicodeCmapLookup().getGlyphId(c);
                assertThat(glyph).isPositive();
                assertThat(after.getUnicodeCmapLookup().getGlyphId(c)).isEqualTo(glyph);
                assertThat(after.getAdvanceWidth(glyph)).isEqualTo(before.getAdvanceWidth(glyph));
                assertThat(after.getGlyph().getGlyph(glyph).getPath().getBounds2D())
                        .isEqualTo(before.getGlyph().getGlyph(glyph).getPath().getBounds2D());
            }
        }
        try (PDDocument pdf = new PDDocument()) {
            assertThat(PDType0Font.load(pdf, new java.io.ByteArrayInputStream(original), true).getGsubData())
                    .isNotSameAs(GsubData.NO_DATA_FOUND);
            assertThat(PDType0Font.load(pdf, new java.io.ByteArrayInputStream(stripped), true).getGsubData())
                    .isSameAs(GsubData.NO_DATA_FOUND);
        }
    }

    @Test
    void aFontWithoutThatTableOrADamagedOneIsLeftAsItIs() throws IOException {
        byte[] stripped = SfntTables.without(inter(), "GSUB");
        assertThat(SfntTables.without(stripped, "GSUB")).isSameAs(stripped);
        byte[] damaged = {0, 1, 0, 0, 0x7F, 0x7F, 0, 0, 0, 0, 0, 0, 'G', 'S'};
        assertThat(SfntTables.without(damaged, "GSUB")).isSameAs(damaged);
        byte[] tiny = {1, 2, 3};
        assertThat(SfntTables.without(tiny, "GSUB")).isSameAs(tiny);
    }
}
