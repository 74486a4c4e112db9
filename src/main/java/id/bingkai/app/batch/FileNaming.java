// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.core.batch.HeaderMatch;
import id.bingkai.core.batch.NamePattern;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.ImageFormat;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The output file name pattern of the batch dialog: what the user typed, whether it works with the chosen CSV, and
 * the name it gives the first row. A new CSV brings its own default ({@code {nama}}, or the row number without a
 * {@code nama} column) unless the user has typed a pattern of their own.
 */
final class FileNaming {
    private final StringProperty pattern = new SimpleStringProperty(this, "pattern");
    private final ObjectProperty<Msg> problem = new SimpleObjectProperty<>(this, "problem");
    private final StringProperty example = new SimpleStringProperty(this, "example", "");
    private SheetInfo sheet;
    private HeaderMatch match;
    private String extension = ImageFormat.JPEG.extension();
    private String defaultPattern;

    FileNaming(List<String> templateColumns) {
        defaultPattern = NamePattern.defaultFor(templateColumns).toString();
        pattern.set(defaultPattern);
        pattern.addListener((obs, old, p) -> update());
    }

    StringProperty patternProperty() {
        return pattern;
    }

    ReadOnlyObjectProperty<Msg> problemProperty() {
        return problem;
    }

    ReadOnlyStringProperty exampleProperty() {
        return example;
    }

    void sheetChanged(SheetInfo now) {
        sheet = now;
        match = null;
        if (now != null) {
            refreshDefault(now.match().names(now.columns()));
        }
        update();
    }

    /** A default that follows the columns (and the fields filled from them), unless the user typed a pattern. */
    private void refreshDefault(List<String> names) {
        String typed = pattern.get();
        boolean untouched = typed == null || typed.isBlank() || typed.strip().equals(defaultPattern);
        defaultPattern = NamePattern.defaultFor(names).toString();
        if (untouched) {
            pattern.set(defaultPattern);
        }
    }

    /** The columns chosen for the frame's fields changed: {@code {nama}} reads the column chosen for nama. */
    void mappingChanged(HeaderMatch now) {
        match = now;
        if (now != null && sheet != null) {
            refreshDefault(now.names(sheet.columns()));
        }
        update();
    }

    void formatChanged(ImageFormat now) {
        extensionChanged(now.extension());
    }

    /** The outputs' extension: an image format's, or {@code pdf}. */
    void extensionChanged(String now) {
        extension = now;
        update();
    }

    /** The pattern, when it parses. */
    Optional<NamePattern> pattern() {
        try {
            return Optional.of(NamePattern.parse(pattern.get() == null ? "" : pattern.get().strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void update() {
        Optional<NamePattern> parsed = pattern();
        if (parsed.isEmpty()) {
            problem.set(Msg.of("batch.ui.pattern.invalid", String.valueOf(pattern.get())));
            example.set("");
            return;
        }
        NamePattern p = parsed.get();
        List<String> names = sheet == null ? List.of() : match == null ? sheet.columns()
                : match.names(sheet.columns());
        List<String> unknown = sheet == null ? List.of() : p.unknown(names);
        if (!unknown.isEmpty()) {
            problem.set(Msg.of("batch.csv.error.name-column", String.join(", ", unknown), p,
                    String.join(", ", names)));
            example.set("");
            return;
        }
        problem.set(null);
        example.set(sheet == null ? "" : sheet.first().map(r -> match == null ? r : match.apply(r))
                .map(r -> p.stem(r.cells(), r.row())).filter(s -> !s.isEmpty())
                .map(s -> s + "." + extension).orElse(""));
    }
}
