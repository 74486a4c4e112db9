// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import java.util.Objects;

/**
 * What the user chose in Bingkai's print dialog.
 *
 * @param printer index into {@link PrintPrompt#printers()}
 * @param copies at least 1
 * @param paper the paper the page goes on (shrunk to fit it, unless {@link PrintPaper#PAGE})
 */
public record PrintRequest(int printer, int copies, boolean cropMarks, PrintPaper paper) {
    /** The most copies one print asks for; a spreadsheet of employees goes through the batch instead. */
    public static final int MAX_COPIES = 999;

    public PrintRequest {
        if (printer < 0 || copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("printer " + printer + ", copies " + copies);
        }
        Objects.requireNonNull(paper);
    }
}
