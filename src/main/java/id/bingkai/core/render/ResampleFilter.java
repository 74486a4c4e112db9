// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

/** Reconstruction kernels for {@link Resampler}; stretched by the scale factor when downscaling. */
public enum ResampleFilter {
    /** Sharp, very little aliasing, slight ringing at hard edges; the default for photos. */
    LANCZOS3(3) {
        @Override
        double weight(double x) {
            double ax = Math.abs(x);
            if (ax < 1e-9) {
                return 1;
            }
            if (ax >= 3) {
                return 0;
            }
            double px = Math.PI * x;
            return 3 * Math.sin(px) * Math.sin(px / 3) / (px * px);
        }
    },
    /** Mitchell-Netravali (B = C = 1/3): softer, almost no ringing. */
    MITCHELL(2) {
        @Override
        double weight(double x) {
            double ax = Math.abs(x);
            final double b = 1.0 / 3;
            final double c = 1.0 / 3;
            if (ax < 1) {
                return ((12 - 9 * b - 6 * c) * ax * ax * ax + (-18 + 12 * b + 6 * c) * ax * ax + (6 - 2 * b)) / 6;
            }
            if (ax < 2) {
                return ((-b - 6 * c) * ax * ax * ax + (6 * b + 30 * c) * ax * ax + (-12 * b - 48 * c) * ax
                        + (8 * b + 24 * c)) / 6;
            }
            return 0;
        }
    };

    private final double radius;

    ResampleFilter(double radius) {
        this.radius = radius;
    }

    /** Half-width of the kernel in source pixels at scale 1. */
    double radius() {
        return radius;
    }

    abstract double weight(double x);
}
