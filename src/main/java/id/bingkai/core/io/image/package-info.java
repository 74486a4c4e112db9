// SPDX-License-Identifier: Apache-2.0
/**
 * Reading photos defensively: sniffs the real format, checks the declared size against a pixel budget before
 * allocating, decodes at the size the output needs (subsampling large JPEGs), turns the photo upright (EXIF) and
 * into sRGB, and names the file and the reason when it cannot. Uses ImageIO with TwelveMonkeys, the optional
 * {@code turbo} decoder, {@code core.model}, {@code core.error} and {@code core.i18n}; no JavaFX.
 */
package id.bingkai.core.io.image;
