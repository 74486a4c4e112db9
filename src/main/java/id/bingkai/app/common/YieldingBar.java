// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.HBox;

/**
 * A row of controls with one node that may go (the app bar's tagline): it is hidden whenever showing it would
 * squeeze the other controls below their preferred widths. Decided at every layout, so it follows the window
 * width, the language and the theme's fonts alike. (An HBox by itself shrinks all children evenly, whatever their
 * grow priority.)
 */
public final class YieldingBar extends HBox {
    private final Node optional;

    public YieldingBar(Node optional, Node... children) {
        super(children);
        this.optional = optional;
    }

    @Override
    protected void layoutChildren() {
        boolean fits = getWidth() >= widthOfOthers() + getSpacing() + width(optional);
        if (optional.isManaged() != fits) {
            optional.setManaged(fits);
            optional.setVisible(fits);
        }
        super.layoutChildren();
    }

    private double widthOfOthers() {
        Insets insets = getInsets();
        double width = insets.getLeft() + insets.getRight();
        int count = 0;
        for (Node child : getChildren()) {
            if (child != optional && child.isManaged()) {
                width += width(child);
                count++;
            }
        }
        return width + getSpacing() * Math.max(0, count - 1);
    }

    /** The width HBox gives a child when there is room: its preferred width, but never under its minimum. */
    private static double width(Node child) {
        return Math.ceil(Math.max(child.minWidth(-1), child.prefWidth(-1)));
    }
}
