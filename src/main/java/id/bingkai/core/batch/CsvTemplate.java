// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CSV a frame needs, as a file to fill in: a header with the frame's text fields and the photo column, and one
 * example row. UTF-8 with a byte-order mark and CRLF, so that Excel opens it as UTF-8. The separator is the one a
 * spreadsheet expects in the user's language: {@code ;} in Indonesian (where the decimal mark is a comma), {@code ,}
 * in English.
 */
public record CsvTemplate(List<String> columns, List<String> example, char separator) {
    private static final Map<String, String> EXAMPLE_KEYS = Map.of(
            "nama", "batch.ui.template.example.nama",
            "unit", "batch.ui.template.example.unit",
            "jabatan", "batch.ui.template.example.jabatan",
            "nip", "batch.ui.template.example.nip",
            PeopleSheet.PHOTO_COLUMN, "batch.ui.template.example.foto");

    public CsvTemplate {
        columns = List.copyOf(columns);
        example = List.copyOf(example);
    }

    public static CsvTemplate forFrame(Frame frame, Messages messages) {
        List<String> columns = new ArrayList<>();
        List<String> example = new ArrayList<>();
        for (TextField field : frame.fields()) {
            columns.add(field.key());
            String key = EXAMPLE_KEYS.get(field.key());
            example.add(key != null ? messages.get(key) : field.label().get(messages.locale()));
        }
        columns.add(PeopleSheet.PHOTO_COLUMN);
        example.add(messages.get(EXAMPLE_KEYS.get(PeopleSheet.PHOTO_COLUMN)));
        return new CsvTemplate(columns, example, "en".equals(messages.locale().getLanguage()) ? ',' : ';');
    }

    public String text() {
        return "\uFEFF" + line(columns) + line(example);
    }

    private String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (!line.isEmpty()) {
                line.append(separator);
            }
            boolean quote = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0;
            line.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return line.append("\r\n").toString();
    }
}
