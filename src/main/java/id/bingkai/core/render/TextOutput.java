// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;

/**
 * Where set text goes on a surface that keeps text as text (a PDF page): put an implementation on the surface as
 * the {@link #KEY} rendering hint. Without it the renderer fills the glyph outlines, as for images.
 */
public interface TextOutput {
    /** The rendering hint that carries a surface's text output. */
    RenderingHints.Key KEY = new RenderingHints.Key(0x42_4B) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value == null || value instanceof TextOutput;
        }
    };

    /**
     * Draws the lines on {@code g}, whose user space is canvas units.
     *
     * @return false to have the renderer fill the outlines instead (a font that cannot be embedded)
     */
    boolean draw(Graphics2D g, TextSetter.SetText text, Paint paint);
}
