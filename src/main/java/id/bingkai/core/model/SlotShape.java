// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

/** The outline a photo is clipped to inside its slot bounds. */
public enum SlotShape {
    RECTANGLE, ELLIPSE,
    /** The alpha channel of a mask image stretched over the slot bounds decides what shows. */
    MASK
}
