// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.turbo;

import id.bingkai.core.io.image.turbo.TurboJpeg.Scale;
import java.util.List;

/** Picks the DCT scaling factor for a decode: the smallest output that still covers the size asked for. */
final class ScaleChoice {
    private ScaleChoice() {
    }

    /**
     * The smallest factor of at most 1 whose scaled size is at least {@code minWidth} x {@code minHeight}; 1/1
     * when nothing smaller is enough (or when {@code 0, 0} asks for the full resolution).
     */
    static Scale choose(int width, int height, int minWidth, int minHeight, List<Scale> scales) {
        Scale best = new Scale(1, 1);
        if (minWidth <= 0 && minHeight <= 0) {
            return best;
        }
        for (Scale s : scales) {
            if (s.num() * (long) best.denom() < best.num() * (long) s.denom()
                    && s.apply(width) >= minWidth && s.apply(height) >= minHeight) {
                best = s;
            }
        }
        return best;
    }
}
