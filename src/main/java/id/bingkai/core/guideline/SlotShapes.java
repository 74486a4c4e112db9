// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Rect;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** The outline a slot shows its photo through, in canvas units (a mask slot is judged by its bounds). */
final class SlotShapes {
    private SlotShapes() {
    }

    static Shape of(PhotoSlot slot) {
        Rect b = slot.bounds();
        return switch (slot.shape()) {
            case ELLIPSE -> new Ellipse2D.Double(b.x(), b.y(), b.width(), b.height());
            case RECTANGLE -> slot.cornerRadius() > 0
                    ? new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 2 * slot.cornerRadius(),
                            2 * slot.cornerRadius())
                    : new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
            case MASK -> new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
        };
    }
}
