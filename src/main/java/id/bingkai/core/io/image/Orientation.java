// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

/**
 * The eight EXIF orientations: how the stored pixels must be turned to appear upright. Cameras store the sensor
 * rows as they come and only record how the phone was held, so most portrait photos need {@link #ROTATE_90}.
 */
enum Orientation {
    NORMAL(1), FLIP_HORIZONTAL(2), ROTATE_180(3), FLIP_VERTICAL(4),
    TRANSPOSE(5), ROTATE_90(6), TRANSVERSE(7), ROTATE_270(8);

    private final int exifValue;

    Orientation(int exifValue) {
        this.exifValue = exifValue;
    }

    /** The orientation for an EXIF tag value; anything outside 1..8 is treated as "as stored". */
    static Orientation ofExif(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    int exifValue() {
        return exifValue;
    }

    /** True when the upright picture is the stored one turned a quarter: width and height trade places. */
    boolean swapsAxes() {
        return exifValue >= 5;
    }
}
