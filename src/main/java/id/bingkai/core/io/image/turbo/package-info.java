// SPDX-License-Identifier: Apache-2.0
/**
 * The optional libjpeg-turbo binding through the FFM API (java.lang.foreign): a decoder that scales while it decodes
 * and an encoder, used when the library is installed and skipped without it (the choice is made once, in
 * {@code id.bingkai.wiring}). Uses only the JDK and {@code core.io.image}.
 */
package id.bingkai.core.io.image.turbo;
