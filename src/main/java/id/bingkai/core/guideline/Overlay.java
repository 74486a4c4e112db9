// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import java.awt.Shape;
import java.util.Objects;

/**
 * A guide to draw over the preview, in canvas units. The editor scales it with the preview and strokes
 * (circles, lines) or shades (bands) it according to its kind.
 *
 * @param shape a fresh shape the caller may keep
 */
public record Overlay(Kind kind, Shape shape, String labelKey) {
    public Overlay {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(labelKey, "labelKey");
    }

    public enum Kind {
        /** The inscribed circle profile pictures are cropped to: outline it, shade outside. */
        CIRCLE_CROP,
        /** WhatsApp's centre 80 % circle: outline it. */
        WHATSAPP_CENTRE,
        /** A story band kept free of text and logos: shade it. */
        STORY_BAND,
        /** Where the printer cuts: outline it. */
        PRINT_TRIM,
        /** Text and logos stay inside: outline it dashed. */
        PRINT_SAFE,
        /** Art must reach this line: outline it. */
        PRINT_BLEED
    }
}
