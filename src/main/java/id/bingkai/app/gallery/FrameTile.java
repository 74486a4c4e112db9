// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.gallery;

import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import java.awt.image.BufferedImage;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One frame in the gallery; its thumbnail arrives from the background renderer. */
public final class FrameTile {
    private final FramePack pack;
    private final Frame frame;
    private final ObjectProperty<BufferedImage> thumbnail = new SimpleObjectProperty<>(this, "thumbnail");

    FrameTile(FramePack pack, Frame frame) {
        this.pack = pack;
        this.frame = frame;
    }

    public FramePack pack() {
        return pack;
    }

    public Frame frame() {
        return frame;
    }

    public ReadOnlyObjectProperty<BufferedImage> thumbnailProperty() {
        return thumbnail;
    }

    void setThumbnail(BufferedImage image) {
        thumbnail.set(image);
    }
}
