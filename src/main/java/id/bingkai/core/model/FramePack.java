// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of frames loaded from a folder, a zip, a twibbon PNG or the built-in sample set.
 *
 * @param sample    true for Bingkai's own sample set, shown as "contoh" until the official set is imported
 * @param tag       the campaign hashtag, e.g. #ASNpilihNETRAL; text layers use it as {@code {tag}}
 * @param caption   the text "copy caption" puts on the clipboard (contains the tag)
 * @param typefaces fonts shipped in the pack
 * @param origin    where it was loaded from, for messages ("bawaan" or a path)
 */
public record FramePack(String id, LocalizedText name, String version, boolean sample, String tag,
        LocalizedText caption, List<Frame> frames, List<Asset.Typeface> typefaces, String origin) {
    public static final String CAMPAIGN_TAG = "#ASNpilihNETRAL";

    public FramePack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(origin, "origin");
        frames = List.copyOf(frames);
        typefaces = List.copyOf(typefaces);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("pack " + id + " has no frames");
        }
        if (frames.stream().map(Frame::id).distinct().count() != frames.size()) {
            throw new IllegalArgumentException("pack " + id + " has duplicate frame ids");
        }
    }

    /** The XMP keywords every export from this pack carries: the campaign tag, and the pack's own tag. */
    public List<String> keywords() {
        return tag.isBlank() || tag.equals(CAMPAIGN_TAG) ? List.of(CAMPAIGN_TAG) : List.of(CAMPAIGN_TAG, tag);
    }

    public Optional<Frame> frame(String frameId) {
        return frames.stream().filter(f -> f.id().equals(frameId)).findFirst();
    }

    /** The first profile frame, or the first frame if there is none. */
    public Frame defaultFrame() {
        return frames.stream().filter(f -> f.kind() == FrameKind.PROFILE).findFirst().orElse(frames.getFirst());
    }
}
