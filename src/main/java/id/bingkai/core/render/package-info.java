// SPDX-License-Identifier: Apache-2.0
/**
 * The renderer: draws a document into a Java2D image at any width (background, layers below, photos in their
 * places, layers above, text), with the resampler and the font library it needs. The editor preview and every
 * export go through it, so what the user sees is what gets written. Uses {@code core.model}, {@code core.i18n},
 * {@code core.error}, Java2D and JSVG; reads no files but its bundled fonts; no JavaFX.
 */
package id.bingkai.core.render;
