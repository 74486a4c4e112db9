// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import java.util.ArrayList;
import java.util.List;

/**
 * "Photo in front of the frame": where a frame allows it, the frame's upper layers are drawn under the photo
 * instead of over it. The model has no separate switch for this, so it is expressed as a variant of the frame
 * (same id, upper layers moved below, in order) and drawn by the one core renderer like any other frame.
 * The photo stays clipped to its slot, so the layers outside the slot remain visible.
 */
public final class PhotoOrder {
    private PhotoOrder() {
    }

    public static boolean isInFront(Document doc) {
        Frame original = doc.pack().frame(doc.frame().id()).orElse(doc.frame());
        return !original.equals(doc.frame()) && doc.frame().equals(inFront(original));
    }

    public static boolean canBeInFront(Document doc) {
        return doc.frame().photoAboveAllowed() && !doc.frame().layers(LayerPosition.ABOVE).isEmpty()
                || isInFront(doc);
    }

    /** The document with the photo in front of (or back behind) the frame's upper layers. */
    public static Document withPhotoInFront(Document doc, boolean front) {
        Frame original = doc.pack().frame(doc.frame().id()).orElse(doc.frame());
        if (front && !original.photoAboveAllowed()) {
            return doc;
        }
        Frame target = front ? inFront(original) : original;
        if (target.equals(doc.frame())) {
            return doc;
        }
        return new Document(doc.pack(), target, doc.photos(), doc.texts());
    }

    static Frame inFront(Frame f) {
        List<Layer> layers = new ArrayList<>(f.layers(LayerPosition.BELOW));
        for (Layer l : f.layers(LayerPosition.ABOVE)) {
            layers.add(below(l));
        }
        return new Frame(f.id(), f.name(), f.kind(), f.canvas(), f.background(), f.slots(), layers, f.fields(),
                f.photoAboveAllowed());
    }

    private static Layer below(Layer l) {
        return switch (l) {
            case Layer.Image i -> new Layer.Image(i.id(), i.role(), LayerPosition.BELOW, i.bounds(), i.asset(),
                    i.opacity());
            case Layer.Text t -> new Layer.Text(t.id(), t.role(), LayerPosition.BELOW, t.bounds(), t.template(),
                    t.style());
            case Layer.Shape s -> new Layer.Shape(s.id(), s.role(), LayerPosition.BELOW, s.bounds(), s.kind(),
                    s.cornerRadius(), s.fill(), s.stroke(), s.opacity());
        };
    }
}
