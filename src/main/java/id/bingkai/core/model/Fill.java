// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.List;

/** How a shape or text is painted. Colours are 0xAARRGGBB in sRGB. */
public sealed interface Fill {
    record Solid(int argb) implements Fill {
    }

    /**
     * A linear gradient across the shape's bounds.
     *
     * @param angle direction in degrees, 0 = left to right, 90 = top to bottom
     */
    record Linear(double angle, List<Stop> stops) implements Fill {
        public Linear {
            stops = List.copyOf(stops);
            if (stops.size() < 2) {
                throw new IllegalArgumentException("a gradient needs at least two stops");
            }
            if (!Double.isFinite(angle)) {
                throw new IllegalArgumentException("gradient angle must be finite");
            }
            for (int i = 1; i < stops.size(); i++) {
                if (stops.get(i).offset() <= stops.get(i - 1).offset()) {
                    throw new IllegalArgumentException("gradient stop offsets must increase");
                }
            }
        }
    }

    record Stop(double offset, int argb) {
        public Stop {
            if (!(offset >= 0 && offset <= 1)) {
                throw new IllegalArgumentException("gradient stop offset must be within 0..1: " + offset);
            }
        }
    }
}
