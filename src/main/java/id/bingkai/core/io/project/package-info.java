// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code .bingkai} project format: a document saved as strict JSON (schema first, then the fields), the photo
 * kept as a path rather than embedded, opened against the packs the user has. Uses Gson, {@code core.model},
 * {@code core.io.export} (atomic saves), {@code core.error} and {@code core.i18n}; no JavaFX.
 */
package id.bingkai.core.io.project;
