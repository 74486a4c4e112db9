// SPDX-License-Identifier: Apache-2.0
/**
 * Loading frame packs (a folder, a zip or a twibbon PNG): strict JSON with limits, the manifest converted into the
 * validated model in one place, every problem listed with its file, field and reason, and hostile content (zip
 * bombs, path escapes, huge images, scripted SVG) refused. Uses Gson, JSVG, {@code core.io.image},
 * {@code core.model}, {@code core.error} and {@code core.i18n}; no JavaFX.
 */
package id.bingkai.core.io.pack;
