// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.i18n.Messages;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes report.csv in sheet order while rows finish in any order: a result waits only until the rows before it
 * are written, so at most the rows in flight are held. Same separator as the input sheet and a byte-order mark, so
 * a spreadsheet opens it the way it opened the sheet. Columns: row, status, file, photo (as the sheet writes it),
 * reason (in the user's language), note (what was odd in a row that was still made, such as a NIP of the wrong
 * shape; empty otherwise). Each line is flushed as soon as it can be written, so an interrupted batch, a
 * crash or a power cut leaves a report of every row finished until then.
 */
final class ReportWriter implements Closeable {
    static final String HEADER_ROW = "row";

    private final BufferedWriter out;
    private final char separator;
    private final Messages messages;
    private final Map<Integer, RowResult> waiting = new HashMap<>();
    private int next;

    ReportWriter(Path file, char separator, Messages messages) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.separator = separator;
        this.messages = messages;
        out.write('\uFEFF');
        line(HEADER_ROW, "status", "file", "photo", "reason", "note");
        out.flush();
    }

    /** Accepts the result of the {@code sequence}-th row read (0-based); writes every row that is now in order. */
    void accept(int sequence, RowResult result) throws IOException {
        waiting.put(sequence, result);
        RowResult r;
        while ((r = waiting.remove(next)) != null) {
            line(String.valueOf(r.row()), r.status().code(), r.output(), r.photo(),
                    r.reason().map(messages::format).orElse(""), r.note().map(messages::format).orElse(""));
            next++;
        }
        out.flush();
    }

    private void line(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write(quote(cells[i]));
        }
        out.write("\r\n");
    }

    private String quote(String cell) {
        boolean needs = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || !cell.equals(cell.strip());
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
