// SPDX-License-Identifier: Apache-2.0
/**
 * The campaign guideline checker: each rule (photo coverage and resolution, legibility, logo integrity, story bands,
 * circle crop, print) is a separate check composed in {@link id.bingkai.core.guideline.GuidelineChecker}, giving
 * findings with a severity and a place on the canvas; also the pack-author lint of frames that can never pass.
 * Uses {@code core.model}, {@code core.render} (to measure what is drawn), {@code core.i18n} and JSVG; reads no
 * files, no JavaFX.
 */
package id.bingkai.core.guideline;
