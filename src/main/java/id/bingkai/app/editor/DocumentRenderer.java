// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.core.model.Document;
import id.bingkai.core.render.PhotoSource;
import java.awt.image.BufferedImage;

/** The core renderer as the editor sees it: preview, thumbnails and export all go through this one path. */
@FunctionalInterface
public interface DocumentRenderer {
    BufferedImage render(Document document, int width, PhotoSource photos);
}
