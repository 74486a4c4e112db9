// SPDX-License-Identifier: Apache-2.0
/**
 * Writing images: PNG and JPEG with the campaign tag in their metadata, the export sizes and sets (WhatsApp,
 * Instagram, ...), file names, and {@link id.bingkai.core.io.export.AtomicFiles}, the one atomic writer every
 * saved file goes through (never a half-written file, never an overwrite the user did not ask for). Uses ImageIO,
 * the optional {@code turbo} encoder, {@code core.model}, {@code core.error} and {@code core.i18n}; no JavaFX.
 */
package id.bingkai.core.io.export;
