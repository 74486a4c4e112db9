// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.TestFrames;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * Which file a face is embedded from: the pack's own file when it has TrueType outlines, else the built-in
 * TrueType copy of Inter, else none (its text then goes out as outlines). Each face is loaded once per PDF.
 */
class PdfFontsTest {
    @Test
    void theBuiltInFacesComeFromTheirTrueTypeCopiesAndOtherFacesAreNotEmbedded() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(pdf);
            for (String face : List.of("Inter-Regular", "Inter-SemiBold", "Inter-Bold", "Inter-Black")) {
                Optional<PDType0Font> font = fonts.font(font("pdf/" + face + ".ttf"));
                assertThat(font).as(face).isPresent();
                assertThat(font.get().getName()).isEqualTo(face);
            }
            assertThat(fonts.font(new Font(Font.DIALOG, Font.PLAIN, 12))).as("a Java logical font").isEmpty();
        }
    }

    @Test
    void aFaceIsLoadedOncePerPdf() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(pdf);
            Font regular = font("pdf/Inter-Regular.ttf");
            assertThat(fonts.font(regular).orElseThrow()).isSameAs(fonts.font(regular.deriveFont(30f)).orElseThrow());
        }
    }

    @Test
    void aPacksOwnTrueTypeFileComesBeforeTheBuiltInOne() throws Exception {
        // The pack says its "Inter-Regular" is this file: a different (bold) TrueType, so the source shows.
        Font regular = font("pdf/Inter-Regular.ttf");
        FramePack pack = pack(new Asset.Typeface("Inter", regular, bytes("pdf/Inter-Bold.ttf")));
        try (PDDocument pdf = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(pdf);
            fonts.use(pack);

            assertThat(fonts.font(regular).orElseThrow().getName()).isEqualTo("Inter-Bold");
        }
    }

    @Test
    void aPackFaceWithCffOutlinesOrNoFileFallsBackToTheBuiltInCopy() throws Exception {
        Font regular = font("Inter-Regular.otf");
        Font bold = font("Inter-Bold.otf");
        FramePack pack = pack(new Asset.Typeface("Inter", regular, bytes("Inter-Regular.otf")),
                new Asset.Typeface("Inter", bold));
        try (PDDocument pdf = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(pdf);
            fonts.use(pack);

            assertThat(fonts.font(regular).orElseThrow().getName()).isEqualTo("Inter-Regular");
            assertThat(fonts.font(bold).orElseThrow().getName()).isEqualTo("Inter-Bold");
        }
    }

    private static FramePack pack(Asset.Typeface... faces) {
        return TestFrames.pack(TestFrames.square("persegi"), List.of(faces));
    }

    private static Font font(String file) throws IOException, FontFormatException {
        return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(file))).deriveFont(12f);
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = PdfFontsTest.class.getResourceAsStream("/id/bingkai/core/fonts/" + file)) {
            return in.readAllBytes();
        }
    }
}
