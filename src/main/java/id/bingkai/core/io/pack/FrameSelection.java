// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which entries of a manifest's {@code frames} a load converts. {@link #ALL} for lint, the editor and the kiosk,
 * which show every frame; {@link #one} for a command that uses one frame (render, check, batch): only that frame's
 * files are read and decoded, so another frame's broken or large SVG neither costs time nor stops this one. The
 * choice is made on the raw entries, before any conversion: a frame by its {@code id}, or the default frame, which
 * is the first {@code "kind": "profile"} entry, else the first entry ({@link FramePack#defaultFrame}, same rule).
 */
record FrameSelection(boolean all, Optional<String> frameId) {
    static final FrameSelection ALL = new FrameSelection(true, Optional.empty());

    /** The frame {@code frameId} names, or the pack's default frame when it is empty. */
    static FrameSelection one(Optional<String> frameId) {
        return new FrameSelection(false, frameId);
    }

    /** The index of the one entry chosen (not for {@link #ALL}); empty when the frame asked for is not there. */
    OptionalInt chosen(JsonArray frames) {
        String wanted = frameId.orElse(null);
        for (int i = 0; i < frames.size(); i++) {
            if (wanted != null ? wanted.equals(string(frames.get(i), "id"))
                    : FrameKind.PROFILE.id().equals(string(frames.get(i), "kind"))) {
                return OptionalInt.of(i);
            }
        }
        return frameId.isEmpty() && !frames.isEmpty() ? OptionalInt.of(0) : OptionalInt.empty();
    }

    /** The {@code id} of every entry that has one, in the manifest's order (for "frame not found" messages). */
    static List<String> ids(JsonArray frames) {
        List<String> ids = new ArrayList<>();
        for (JsonElement element : frames) {
            String id = string(element, "id");
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A pack already converted whole (a twibbon PNG has one frame): narrowed to the chosen frame. */
    FramePack narrow(FramePack pack) {
        if (all) {
            return pack;
        }
        Optional<Frame> frame = frameId.isEmpty() ? Optional.of(pack.defaultFrame()) : pack.frame(frameId.get());
        if (frame.isEmpty()) {
            throw new UnknownFrameException(frameId.get(), pack.id(), pack.frames().stream().map(Frame::id).toList());
        }
        return new FramePack(pack.id(), pack.name(), pack.version(), pack.sample(), pack.tag(), pack.caption(),
                List.of(frame.get()), pack.typefaces(), pack.origin());
    }

    private static String string(JsonElement element, String key) {
        return element instanceof JsonObject object && object.get(key) instanceof JsonPrimitive value
                && value.isString() ? value.getAsString() : null;
    }
}
