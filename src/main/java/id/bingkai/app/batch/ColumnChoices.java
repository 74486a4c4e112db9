// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.core.batch.ColumnMap;
import id.bingkai.core.batch.HeaderMatch;
import id.bingkai.core.batch.PeopleSheet;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Which CSV column fills each of the frame's text fields, as the dialog's drop-downs choose it: the column of the
 * field's own name is chosen by itself; an obvious other column ("Nama Lengkap" for {@code nama}) is proposed and
 * waits for the user's word ({@link #acceptProposals()}); {@link #KEEP} leaves the frame's own text. The batch
 * starts only when every field has a choice, as the command line's {@code --column}.
 */
public final class ColumnChoices {
    /** The choice "no column: keep the frame's own text". */
    public static final String KEEP = "";

    private final Frame frame;
    private final List<String> fields;
    private final Map<String, ObjectProperty<String>> choices = new LinkedHashMap<>();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableMap<String, String> proposals = FXCollections.observableMap(new LinkedHashMap<>());
    // one read-only view each: a view listens to its source weakly, so a view made per call would lose listeners
    private final ObservableList<String> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObservableMap<String, String> proposalsView = FXCollections.unmodifiableObservableMap(proposals);
    private final BooleanBinding complete;

    public ColumnChoices(Frame frame) {
        this.frame = frame;
        this.fields = frame.fields().stream().map(TextField::key).toList();
        List<Observable> deps = new ArrayList<>();
        for (String field : fields) {
            ObjectProperty<String> choice = new SimpleObjectProperty<>(this, field);
            choices.put(field, choice);
            deps.add(choice);
            choice.addListener((obs, old, now) -> {
                if (now != null) {
                    proposals.remove(field);
                }
            });
        }
        complete = Bindings.createBooleanBinding(() -> choices.values().stream().allMatch(c -> c.get() != null),
                deps.toArray(Observable[]::new));
    }

    /** The frame's field keys, in order. */
    public List<String> fields() {
        return fields;
    }

    /** The CSV's columns as the sheet writes them, without the photo column: what a drop-down offers. */
    public ObservableList<String> columns() {
        return columnsView;
    }

    /** The column chosen for a field (as the sheet writes it), {@link #KEEP}, or null while not chosen. */
    public ObjectProperty<String> choice(String field) {
        return choices.get(field);
    }

    /** Fields without a choice and an obvious column for them (as the sheet writes it). */
    public ObservableMap<String, String> proposals() {
        return proposalsView;
    }

    public BooleanBinding completeProperty() {
        return complete;
    }

    /** The user agrees with every proposal still open. */
    public void acceptProposals() {
        new LinkedHashMap<>(proposals).forEach((field, column) -> choices.get(field).set(column));
    }

    /** A new sheet: fields with a column of their own name take it, the others wait for a choice. */
    void sheetChanged(SheetInfo sheet) {
        proposals.clear();
        columns.clear();
        if (sheet == null) {
            choices.values().forEach(c -> c.set(null));
            return;
        }
        columns.setAll(sheet.headers().stream()
                .filter(h -> !ColumnMap.normalise(h).equals(PeopleSheet.PHOTO_COLUMN)).toList());
        HeaderMatch match = sheet.match();
        for (String field : fields) {
            String column = match.columnOf().get(field);
            choices.get(field).set(column == null ? null : sheet.header(column));
        }
        proposals.putAll(match.proposals());
    }

    /** The choices for the batch job; call only when {@link #completeProperty() complete}. */
    public ColumnMap columnMap() {
        Map<String, String> chosen = new LinkedHashMap<>();
        choices.forEach((field, choice) -> chosen.put(field, choice.get() == null ? KEEP : choice.get()));
        return new ColumnMap(chosen);
    }

    /** The first row's cells as the batch will read them, for the example file name. */
    HeaderMatch match(SheetInfo sheet) {
        return HeaderMatch.of(frame.fields(), sheet.headers(), sheet.columns(), columnMap());
    }
}
