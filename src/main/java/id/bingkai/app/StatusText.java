// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.editor.EditorViewModel;
import id.bingkai.app.editor.SlotSelector;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.PhotoSlot;
import java.util.List;

/**
 * The status bar's photo part. One slot: "Foto: a.jpg (4000 × 3000 px)" or "Belum ada foto". Several: the active
 * slot's photo under its name, then the slots still empty ("Foto 2: a.jpg (…)  ·  Belum ada foto di Foto 1.").
 */
final class StatusText {
    private StatusText() {
    }

    static String photo(Messages m, EditorViewModel editor) {
        Document doc = editor.document();
        Frame frame = doc.frame();
        if (frame.slots().size() == 1) {
            return editor.photo().map(p -> m.get("app.status.photo", p.photo().path().getFileName(),
                    p.photo().width(), p.photo().height())).orElse(m.get("app.status.no-photo"));
        }
        String name = SlotSelector.label(m, frame, editor.activeSlot());
        List<PhotoSlot> empty = editor.emptySlots();
        String missing = empty.isEmpty() ? "" : m.get("editor.slot.empty", SlotSelector.names(m, frame, empty));
        // An empty active slot is already named in the list of empty ones.
        return editor.photo().map(p -> m.get("app.status.slot-photo", name, p.photo().path().getFileName(),
                p.photo().width(), p.photo().height()) + (missing.isEmpty() ? "" : "  ·  " + missing))
                .orElse(missing);
    }
}
