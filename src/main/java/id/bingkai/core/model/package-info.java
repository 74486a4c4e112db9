// SPDX-License-Identifier: Apache-2.0
/**
 * The domain: immutable, validated records for a frame pack, its frames (canvas, photo places, layers, text
 * fields, guideline settings) and the document the user makes from one of them, plus the domain rules about them
 * that every front end shares ({@link id.bingkai.core.model.PhotoPlaces}: which places a frame has, what the user
 * calls them, which are empty). Uses only the JDK (java.awt.geom for outlines), JSVG for parsed vector layers and
 * {@code core.i18n} for messages; no I/O, no other core package, no JavaFX.
 */
package id.bingkai.core.model;
