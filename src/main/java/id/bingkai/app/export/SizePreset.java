// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.core.io.export.ExportPreset;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * An export width named after where the picture goes. The height follows the frame's aspect ratio.
 *
 * @param key   message key of the label
 * @param width output width in pixels; 0 for "custom" (the user types it), -1 for every size at once
 */
public record SizePreset(String key, int width) {
    public static final SizePreset CUSTOM = new SizePreset("export.dialog.preset.custom", 0);
    /** "Semua ukuran": every preset that suits the frame, written as one set into one folder. */
    public static final SizePreset ALL = new SizePreset("export.dialog.preset.all", -1);

    /** The page with bleed at print resolution (frames with a physical size); its label names the dpi. */
    public static final String PRINT_KEY = "export.dialog.preset.print";

    public boolean print() {
        return PRINT_KEY.equals(key);
    }

    public boolean custom() {
        return width == 0;
    }

    public boolean all() {
        return width < 0;
    }

    /**
     * The presets that make sense for a canvas: the core's {@link ExportPreset}s that suit it (profile sizes for
     * square frames, the 1080x1920 status for 9:16 ones), all of them at once when several suit, and always the design size and a custom width.
     */
    public static List<SizePreset> forCanvas(CanvasSize canvas) {
        return forCanvas(canvas, 0);
    }

    /** As {@link #forCanvas(CanvasSize)}, with the print preset first (and chosen) for a frame that is printed. */
    public static List<SizePreset> forFrame(Frame frame, PrintChoices print, int maxWidth) {
        return forCanvas(frame.canvas(), print.offered() ? print.size().orElseThrow().pixelWidth(
                print.presetDpi(maxWidth)) : 0);
    }

    private static List<SizePreset> forCanvas(CanvasSize canvas, int printWidth) {
        List<SizePreset> presets = new ArrayList<>();
        if (printWidth > 0) {
            presets.add(new SizePreset(PRINT_KEY, printWidth));
        }
        for (ExportPreset p : ExportPreset.suiting(canvas)) {
            presets.add(new SizePreset(p.labelKey(), p.width()));
        }
        if (AllSizes.offered(canvas)) {
            presets.add(ALL);
        }
        if (presets.stream().noneMatch(p -> p.width() == canvas.width())) {
            presets.add(new SizePreset("export.dialog.preset.design", canvas.width()));
        }
        presets.add(CUSTOM);
        return List.copyOf(presets);
    }
}
