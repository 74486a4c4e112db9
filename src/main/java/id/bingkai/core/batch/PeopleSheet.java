// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV of people opened for a batch: UTF-8 with or without a byte-order mark, UTF-16 with one, else Windows-1252
 * (see {@link SheetEncoding}); {@code ,} {@code ;} or tab detected from the header line, column names compared
 * without case. Rows are read one at a time, so a sheet of
 * any length costs the memory of one row. Every problem is a {@link BadInputException} naming the CSV.
 */
public final class PeopleSheet implements Closeable {
    /** The column that holds each person's photo, relative to the CSV's folder (or absolute). */
    public static final String PHOTO_COLUMN = "foto";
    private static final int SNIFF_LIMIT = 1 << 20;

    private final Path file;
    private final BufferedReader text;
    private final CsvReader csv;
    private final List<String> headers;
    private final List<String> columns;
    private final SheetEncoding encoding;

    private PeopleSheet(Path file, BufferedReader text, CsvReader csv, List<String> headers, SheetEncoding encoding,
            boolean needsPhoto) {
        this.file = file;
        this.text = text;
        this.csv = csv;
        this.headers = headers;
        this.columns = normaliseHeader(file, headers, needsPhoto);
        this.encoding = encoding;
    }

    /** Opens the sheet and reads its header; the photo column must be there. */
    public static PeopleSheet open(Path file) {
        return open(file, true);
    }

    /** Opens the sheet; {@code needsPhoto} false (a print frame with no photo place) makes the photo column optional. */
    public static PeopleSheet open(Path file, boolean needsPhoto) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a pipe would block the read forever, a folder or device is no sheet
            throw new BadInputException(file, Msg.of("batch.csv.error.notFile"));
        }
        BufferedReader text = null;
        try {
            SheetEncoding encoding = SheetEncoding.detect(file);
            InputStream bytes = Files.newInputStream(file);
            bytes.skipNBytes(encoding.bomLength());
            text = new BufferedReader(new InputStreamReader(bytes, encoding.decoder()), 1 << 16);
            char separator = sniffSeparator(text);
            CsvReader csv = new CsvReader(text, separator);
            List<String> header = csv.next();
            if (header == null || header.stream().allMatch(String::isEmpty)) {
                throw new BadInputException(file, Msg.of("batch.csv.error.empty"));
            }
            PeopleSheet sheet = new PeopleSheet(file, text, csv, header.stream()
                    .map(h -> Normalizer.normalize(h.strip(), Normalizer.Form.NFC)).toList(), encoding, needsPhoto);
            text = null;
            return sheet;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, Msg.of("batch.csv.error.missing"), e);
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, Msg.of("batch.csv.error.encoding"), e);
        } catch (CsvFormatException e) {
            throw formatError(file, e);
        } catch (IOException e) {
            throw new BadInputException(file, Msg.of("batch.csv.error.read", String.valueOf(e.getMessage())), e);
        } finally {
            closeQuietly(text);
        }
    }

    public Path file() {
        return file;
    }

    /** How the bytes were read; {@link SheetEncoding#guessed()} says when the user should be told. */
    public SheetEncoding encoding() {
        return encoding;
    }

    public char separator() {
        return csv.separator();
    }

    /** The header, trimmed, lower-cased and NFC-normalised; an empty string marks a column without a name. */
    public List<String> columns() {
        return columns;
    }

    /** The header as the sheet writes it (trimmed, NFC), in the same order as {@link #columns()}: for messages. */
    public List<String> headers() {
        return headers;
    }

    public boolean hasColumn(String name) {
        return columns.contains(name);
    }

    /** The next row that is not blank, or {@code null} at the end. */
    public SheetRow next() {
        try {
            while (true) {
                List<String> record = csv.next();
                if (record == null) {
                    return null;
                }
                if (record.stream().allMatch(String::isEmpty)) {
                    continue; // blank lines and the ";;;;" rows spreadsheets leave at the end
                }
                Map<String, String> cells = new LinkedHashMap<>();
                int extra = 0;
                for (int i = 0; i < record.size(); i++) {
                    String value = Normalizer.normalize(record.get(i), Normalizer.Form.NFC);
                    if (i < columns.size() && !columns.get(i).isEmpty()) {
                        cells.put(columns.get(i), value);
                    } else if (!value.isEmpty()) {
                        extra++;
                    }
                }
                for (String column : columns) {
                    if (!column.isEmpty()) {
                        cells.putIfAbsent(column, ""); // spreadsheets drop trailing empty cells
                    }
                }
                return new SheetRow(csv.recordNumber(), Collections.unmodifiableMap(cells), extra);
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, Msg.of("batch.csv.error.encoding"), e);
        } catch (CsvFormatException e) {
            throw formatError(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the whole sheet once (bounded memory) and counts its non-blank rows; also finds format errors early. */
    public static int countRows(Path file) {
        return countRows(file, true);
    }

    /** The number of data rows; {@code needsPhoto} as in {@link #open(Path, boolean)}. */
    public static int countRows(Path file, boolean needsPhoto) {
        try (PeopleSheet sheet = open(file, needsPhoto)) {
            int n = 0;
            while (sheet.next() != null) {
                n++;
            }
            return n;
        }
    }

    @Override
    public void close() {
        closeQuietly(text);
    }

    /** The most frequent of {@code , ; TAB} outside quotes on the header line; a comma when none is there. */
    private static char sniffSeparator(BufferedReader text) throws IOException {
        text.mark(SNIFF_LIMIT);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < SNIFF_LIMIT - 1; i++) {
            int c = text.read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        text.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static List<String> normaliseHeader(Path file, List<String> header, boolean needsPhoto) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : header) {
            String name = ColumnMap.normalise(raw);
            if (!name.isEmpty() && !seen.add(name)) {
                throw new BadInputException(file, Msg.of("batch.csv.error.duplicate-column", name));
            }
            names.add(name);
        }
        if (needsPhoto && !seen.contains(PHOTO_COLUMN)) {
            throw new BadInputException(file, Msg.of("batch.csv.error.no-photo-column", PHOTO_COLUMN,
                    String.join(", ", names.stream().filter(n -> !n.isEmpty()).toList())));
        }
        return List.copyOf(names);
    }

    private static BadInputException formatError(Path file, CsvFormatException e) {
        String key = switch (e.kind()) {
            case UNCLOSED_QUOTE -> "batch.csv.error.quote";
            case FIELD_TOO_LONG -> "batch.csv.error.field-too-long";
            case TOO_MANY_FIELDS -> "batch.csv.error.too-many-fields";
        };
        return new BadInputException(file, Msg.of(key, e.line()), e);
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // reading is over; nothing to save
            }
        }
    }
}
