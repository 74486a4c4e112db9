// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.PrintSize;
import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The geometry of one page: the media box is the trim plus bleed (plus a margin for crop marks when asked), the
 * BleedBox and TrimBox say where the print shop cuts, and cut marks sit outside the bleed so they never show on
 * the finished piece.
 */
final class PdfPages {
    /** Room for crop marks around the bleed. */
    static final double MARK_MARGIN_MM = PdfOptions.MARK_MARGIN_MM;
    /** Marks start this far outside the bleed and are this long. */
    private static final double MARK_GAP_MM = 2;
    private static final double MARK_LENGTH_MM = 6;
    private static final float MARK_WIDTH_PT = 0.25f;
    /** The most pixels a page's bitmaps are resampled for: a 3 m banner gets less than 300 ppi, not 400 MP. */
    static final double MAX_PAGE_PIXELS = 100e6;

    private PdfPages() {
    }

    /** A frame's physical page; a screen frame is printed as if designed at 300 dpi, without bleed. */
    static PrintSize size(Frame frame) {
        CanvasSize canvas = frame.canvas();
        return frame.print().orElseGet(() -> new PrintSize(
                Math.max(PrintSize.MIN_TRIM_MM, canvas.width() / 300.0 * PrintSize.MM_PER_INCH),
                Math.max(PrintSize.MIN_TRIM_MM, canvas.height() / 300.0 * PrintSize.MM_PER_INCH), 0));
    }

    /** The device width the renderer draws the page for: the asked resolution, capped at {@link #MAX_PAGE_PIXELS}. */
    static int deviceWidth(PrintSize size, int dpi) {
        double inchesW = size.pageWidthMm() / PrintSize.MM_PER_INCH;
        double inchesH = size.pageHeightMm() / PrintSize.MM_PER_INCH;
        double capped = Math.min(dpi, Math.sqrt(MAX_PAGE_PIXELS / (inchesW * inchesH)));
        return Math.max(1, (int) Math.round(inchesW * capped));
    }

    static double margin(PdfOptions options) {
        return options.cropMarks() ? PrintSize.mmToPt(MARK_MARGIN_MM) : 0;
    }

    static PDPage page(PrintSize size, PdfOptions options) {
        float m = (float) margin(options);
        float w = (float) size.pageWidthPt();
        float h = (float) size.pageHeightPt();
        float b = (float) PrintSize.mmToPt(size.bleedMm());
        PDPage page = new PDPage(new PDRectangle(w + 2 * m, h + 2 * m));
        page.setBleedBox(new PDRectangle(m, m, w, h));
        page.setTrimBox(new PDRectangle(m + b, m + b, w - 2 * b, h - 2 * b));
        return page;
    }

    /** Eight short lines on the extensions of the trim edges, in the margin outside the bleed. */
    static void cropMarks(PDPageContentStream stream, PrintSize size, PdfOptions options) throws IOException {
        if (!options.cropMarks()) {
            return;
        }
        float m = (float) margin(options);
        float b = (float) PrintSize.mmToPt(size.bleedMm());
        float gap = (float) PrintSize.mmToPt(MARK_GAP_MM);
        float len = (float) PrintSize.mmToPt(MARK_LENGTH_MM);
        float left = m + b;
        float bottom = m + b;
        float right = m + (float) size.pageWidthPt() - b;
        float top = m + (float) size.pageHeightPt() - b;
        float outerLeft = m - gap;
        float outerBottom = m - gap;
        float outerRight = m + (float) size.pageWidthPt() + gap;
        float outerTop = m + (float) size.pageHeightPt() + gap;
        stream.saveGraphicsState();
        stream.setStrokingColor(Color.BLACK);
        stream.setLineWidth(MARK_WIDTH_PT);
        for (float x : new float[] {left, right}) {
            line(stream, x, outerBottom, x, outerBottom - len);
            line(stream, x, outerTop, x, outerTop + len);
        }
        for (float y : new float[] {bottom, top}) {
            line(stream, outerLeft, y, outerLeft - len, y);
            line(stream, outerRight, y, outerRight + len, y);
        }
        stream.restoreGraphicsState();
    }

    private static void line(PDPageContentStream stream, float x0, float y0, float x1, float y1) throws IOException {
        stream.moveTo(x0, y0);
        stream.lineTo(x1, y1);
        stream.stroke();
    }
}
