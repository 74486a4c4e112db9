// SPDX-License-Identifier: Apache-2.0
/**
 * The failures the user can understand: {@link id.bingkai.core.error.BingkaiException} with a localisable message,
 * {@link id.bingkai.core.error.BadInputException} (a file we cannot use, named with the reason),
 * {@link id.bingkai.core.error.RefusedException} (an input that cannot be made as asked), and pack problems. Front
 * ends map them to exit codes or notices. Uses only {@code core.i18n} and the JDK.
 */
package id.bingkai.core.error;
