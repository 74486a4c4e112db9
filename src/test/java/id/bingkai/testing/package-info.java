// SPDX-License-Identifier: Apache-2.0
/**
 * The shared test fixtures, one of each kind; look here before writing a helper of your own.
 * <ul>
 * <li>{@link id.bingkai.testing.Pictures}: pictures in memory (noise, flat colours, halves, blocks, gradients,
 * masks and logos).</li>
 * <li>{@link id.bingkai.testing.ImageFiles}: those pictures as file bytes (PNG, JPEG, GIF, TIFF with EXIF
 * orientation) and tiny files whose headers declare a size; {@link id.bingkai.testing.Bytes} writes the
 * structures (chunks, segments, deflate, zip) by hand.</li>
 * <li>{@link id.bingkai.testing.TestPhotos}: photo files written into a test's folder.</li>
 * <li>{@link id.bingkai.testing.SyntheticPhotos} and {@link id.bingkai.testing.PortraitPhotos}: photos the
 * renderer asks for, drawn at any size with no file; {@link id.bingkai.testing.FakePhotos}: the editor's photo
 * files with no file.</li>
 * <li>{@link id.bingkai.testing.TestFrames}: frames, packs, documents and layers as model records;
 * {@link id.bingkai.testing.TestPacks}: pack files (manifest, folder, zip) on disk.</li>
 * <li>{@link id.bingkai.testing.ImageComparison} and {@link id.bingkai.testing.GoldenImages}: comparing pictures
 * with a tolerance, against golden PNGs.</li>
 * </ul>
 */
package id.bingkai.testing;
