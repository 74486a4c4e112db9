// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

/**
 * Caps that keep a hostile or broken pack from exhausting memory or time. Sizes are counted on the bytes
 * actually read or inflated, never taken from what a zip declares.
 *
 * @param maxEntries          entries a zip may list (folders included)
 * @param maxTotalBytes       bytes read from one pack, all files together, after inflating
 * @param maxEntryBytes       bytes of one file of a pack (a twibbon PNG included), after inflating
 * @param maxCompressionRatio inflated / compressed size a zip entry may reach once it passes 1 MiB
 * @param maxManifestBytes    size of manifest.json
 * @param maxJsonDepth        nesting of arrays and objects in manifest.json
 * @param maxFrames           frames in one pack
 * @param maxLayers           layers (and, separately, slots) in one frame
 * @param maxSvgBytes         size of one SVG file
 */
public record PackLimits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxCompressionRatio,
        int maxManifestBytes, int maxJsonDepth, int maxFrames, int maxLayers, int maxSvgBytes) {
    /** Generous for real packs (a few MB of PNG and SVG), far below what would hurt a 4 GB laptop. */
    public static final PackLimits DEFAULT = new PackLimits(2_000, 256L << 20, 64L << 20, 100,
            1 << 20, 32, 200, 200, 8 << 20);

    /** An entry must inflate past this before its compression ratio counts: tiny files compress wildly. */
    static final long RATIO_THRESHOLD = 1L << 20;

    public PackLimits {
        if (maxEntries <= 0 || maxTotalBytes <= 0 || maxEntryBytes <= 0 || maxCompressionRatio <= 0
                || maxManifestBytes <= 0 || maxJsonDepth <= 0 || maxFrames <= 0 || maxLayers <= 0
                || maxSvgBytes <= 0) {
            throw new IllegalArgumentException("pack limits must be positive");
        }
    }
}
