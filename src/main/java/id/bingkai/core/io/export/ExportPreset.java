// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import id.bingkai.core.model.CanvasSize;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An export size named after where the picture goes (DESIGN.md, reference numbers). Profile sizes suit a square
 * frame, the status size a 9:16 frame; the height always follows the frame. The order is the order of a set's
 * files.
 */
public enum ExportPreset {
    WHATSAPP("whatsapp", 640, "export.dialog.preset.whatsapp", false),
    INSTAGRAM("instagram", 1080, "export.dialog.preset.instagram", false),
    X("x", 400, "export.dialog.preset.x-linkedin", false),
    FACEBOOK("facebook", 720, "export.dialog.preset.facebook", false),
    STATUS("status", 1080, "export.dialog.preset.status", true);

    private static final double TOLERANCE = 0.01;

    private final String id;
    private final int width;
    private final String labelKey;
    private final boolean story;

    ExportPreset(String id, int width, String labelKey, boolean story) {
        this.id = id;
        this.width = width;
        this.labelKey = labelKey;
        this.story = story;
    }

    /** The name used on the command line and in file names ("whatsapp"). */
    public String id() {
        return id;
    }

    public int width() {
        return width;
    }

    /** Message key of the user-facing label ("WhatsApp", "X / LinkedIn"). */
    public String labelKey() {
        return labelKey;
    }

    /** Profile sizes suit a square frame; the status size a 9:16 one. */
    public boolean suits(CanvasSize canvas) {
        double target = story ? 9.0 / 16.0 : 1.0;
        return Math.abs(canvas.aspect() - target) < TOLERANCE;
    }

    /** The presets that suit a frame, in set order; empty for a poster or a banner. */
    public static List<ExportPreset> suiting(CanvasSize canvas) {
        return Arrays.stream(values()).filter(p -> p.suits(canvas)).toList();
    }

    public static Optional<ExportPreset> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }
}
