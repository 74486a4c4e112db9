// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.i18n.Msg;
import java.util.List;

/**
 * A command asked a pack for a frame it does not have. Carries the pack's frame ids, read from its manifest without
 * converting any frame, so that the message can list them.
 */
public final class UnknownFrameException extends BingkaiException {
    private static final long serialVersionUID = 1L;
    private final String frameId;
    private final String packId;
    private final List<String> frameIds;

    public UnknownFrameException(String frameId, String packId, List<String> frameIds) {
        super(Msg.of("pack.error.frame.unknown", frameId, packId, String.join(", ", frameIds)));
        this.frameId = frameId;
        this.packId = packId;
        this.frameIds = List.copyOf(frameIds);
    }

    public String frameId() {
        return frameId;
    }

    public String packId() {
        return packId;
    }

    /** Every frame id of the pack, in the manifest's order. */
    public List<String> frameIds() {
        return frameIds;
    }
}
