// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.FramePack;
import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: each face a text uses is embedded once, as a subset (only the glyphs used). The built-in
 * Inter comes from TrueType-outline copies of the bundled faces (PDFBox cannot embed Inter's CFF outlines); a
 * pack's own font is embedded from its file when it has TrueType outlines. A face that cannot be embedded
 * (a CFF .otf in a pack, a Java logical font) is reported empty, and its text is drawn as outlines instead.
 */
final class PdfFonts {
    private static final String BUILT_IN = "/id/bingkai/core/fonts/pdf/";
    private static final Map<String, String> BUILT_IN_FILES = Map.of("Inter-Regular", "Inter-Regular.ttf",
            "Inter-SemiBold", "Inter-SemiBold.ttf", "Inter-Bold", "Inter-Bold.ttf", "Inter-Black", "Inter-Black.ttf");

    private final PDDocument document;
    private final Map<String, Optional<PDType0Font>> loaded = new HashMap<>();
    private FramePack pack;

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** The pack whose fonts the next pages use. */
    void use(FramePack newPack) {
        this.pack = newPack;
    }

    Optional<PDType0Font> font(Font font) {
        String name = font.getPSName();
        return loaded.computeIfAbsent(name, n -> load(n));
    }

    private Optional<PDType0Font> load(String psName) {
        if (pack != null) {
            for (Asset.Typeface face : pack.typefaces()) {
                byte[] data = face.data();
                if (face.font().getPSName().equals(psName) && data.length > 0) {
                    Optional<PDType0Font> embedded = embed(data);
                    if (embedded.isPresent()) {
                        return embedded;
                    }
                }
            }
        }
        String file = BUILT_IN_FILES.get(psName);
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = PdfFonts.class.getResourceAsStream(BUILT_IN + file)) {
            return in == null ? Optional.empty() : embed(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Embedded without its glyph substitutions (see {@link SfntTables}); subset on save. */
    private Optional<PDType0Font> embed(byte[] data) {
        try {
            return Optional.of(PDType0Font.load(document, new ByteArrayInputStream(SfntTables.without(data, "GSUB")),
                    true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // CFF outlines or a broken table: the text goes out as outlines
        }
    }
}
