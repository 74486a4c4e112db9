// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.core.io.export.ExportPreset;
import id.bingkai.core.io.export.ExportSet;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.model.CanvasSize;
import java.nio.file.Path;
import java.util.List;

/**
 * "Semua ukuran": the core's export set for the dialog's target. The target's folder holds the set and its name,
 * without extension, starts every file, so what the user typed or chose is kept.
 */
final class AllSizes {
    private AllSizes() {
    }

    /** Offered when more than one preset suits the frame (a set of one is just that preset). */
    static boolean offered(CanvasSize canvas) {
        return ExportPreset.suiting(canvas).size() > 1;
    }

    static ExportSet plan(CanvasSize canvas, Path target, ImageFormat format) {
        Path file = target.toAbsolutePath();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return ExportSet.plan(canvas, ExportPreset.suiting(canvas), file.getParent(), base, format);
    }

    /** The narrowest size of the set: the one the dialog's guideline column shows (small text shows there first). */
    static int checkedWidth(CanvasSize canvas) {
        return ExportPreset.suiting(canvas).stream().mapToInt(ExportPreset::width).min().orElse(canvas.width());
    }

    static List<Integer> widths(ExportSet set) {
        return set.files().stream().map(ExportSet.Entry::width).distinct().toList();
    }
}
