// SPDX-License-Identifier: Apache-2.0
/**
 * Printing a design through the operating system's printers: the print PDF is made by the same writer as a saved
 * PDF and handed to {@link java.awt.print.PrinterJob} through PDFBox's {@code PDFPageable}, so the printed page is
 * the PDF page. No JavaFX; the editor shows the system's print dialog off its FX thread.
 */
package id.bingkai.core.print;
