// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Rect;
import java.awt.Shape;

/**
 * A text layer as the renderer sets it: the resolved line and its geometry in canvas units.
 *
 * @param outline   the glyph outlines where the renderer fills them
 * @param ink       the tight bounds of the glyph outlines
 * @param size      the font size after shrinking to fit the box
 * @param xHeight   height of a lower-case x at that size
 * @param capHeight height of a capital H at that size
 */
record TextBox(String text, Shape outline, Rect ink, double size, double xHeight, double capHeight) {
    /** The height readers judge the text by: x-height when it has lower case, else cap height. */
    double glyphHeight() {
        return text.chars().anyMatch(Character::isLowerCase) ? xHeight : capHeight;
    }
}
