// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

/**
 * Limits checked against an image's declared size before any pixel memory is allocated.
 *
 * @param maxSide           longest side a file may declare
 * @param maxDeclaredPixels width x height a file may declare (subsampled decoding keeps memory below this)
 * @param maxDecodedPixels  pixels actually decoded into memory for one image
 */
public record PixelBudget(int maxSide, long maxDeclaredPixels, long maxDecodedPixels) {
    /** Room for 200 MP phone sensors; refuses the 30 000+ px-per-side headers of decompression bombs. */
    public static final PixelBudget DEFAULT = new PixelBudget(25_000, 210_000_000L, 64_000_000L);

    public PixelBudget {
        if (maxSide <= 0 || maxDeclaredPixels <= 0 || maxDecodedPixels <= 0) {
            throw new IllegalArgumentException("pixel budget values must be positive");
        }
    }
}
