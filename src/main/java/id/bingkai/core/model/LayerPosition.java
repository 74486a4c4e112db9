// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

/** Whether a layer is drawn under the photo (backgrounds) or over it (frames, logos, text). */
public enum LayerPosition {
    BELOW, ABOVE
}
