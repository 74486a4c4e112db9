// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.core.model.Document;
import java.awt.image.BufferedImage;

/** A finished preview: the renderer's output for this document at this width. */
public record Preview(Document document, int width, BufferedImage image, long renderNanos) {
}
