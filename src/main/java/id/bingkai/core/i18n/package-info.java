// SPDX-License-Identifier: Apache-2.0
/**
 * Messages for the user: {@link id.bingkai.core.i18n.Msg} (a bundle key and its arguments, carried by exceptions
 * and findings) and {@link id.bingkai.core.i18n.Messages} (turns it into Indonesian or English text from
 * {@code messages_id/en.properties}). Uses only the JDK; every other package may use it.
 */
package id.bingkai.core.i18n;
