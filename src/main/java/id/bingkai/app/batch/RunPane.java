// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.app.batch.BatchViewModel.Phase;
import id.bingkai.app.common.Controls;
import id.bingkai.app.common.NoticeText;
import id.bingkai.core.batch.BatchSummary;
import id.bingkai.core.batch.RowResult;
import id.bingkai.core.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The run: progress while it goes, then what was made, the rows that failed and why, and where it all is. */
final class RunPane extends VBox {
    private final BatchViewModel vm;
    private final Messages m;
    private final Label status = new Label();
    private final Label summary = new Label();

    RunPane(BatchViewModel vm, Messages m, Consumer<Path> open) {
        super(8);
        this.vm = vm;
        this.m = m;
        ProgressBar bar = new ProgressBar(0);
        bar.setId("batch-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefHeight(18);
        bar.setAccessibleText(m.get("batch.ui.run.title"));
        status.setId("batch-status");
        status.setWrapText(true);
        summary.setId("batch-summary");
        summary.getStyleClass().add("batch-summary");
        summary.setWrapText(true);

        Label failedTitle = new Label(m.get("batch.ui.failed.title"));
        failedTitle.getStyleClass().add("batch-failed-title");
        ListView<RowResult> failed = new ListView<>(vm.failures());
        failed.setId("batch-failures");
        failed.setCellFactory(list -> new FailureCell(m, list));
        failed.setPlaceholder(Controls.hint(m.get("batch.ui.failed.none")));
        failed.setPrefHeight(180);
        failed.setMinHeight(120);
        failed.setAccessibleText(m.get("batch.ui.failed.title"));
        VBox.setVgrow(failed, Priority.ALWAYS);

        Button folder = Controls.button(m.get("batch.ui.open-folder"), m.get("batch.ui.open-folder.help"),
                () -> open.accept(vm.outDirProperty().get()));
        folder.setId("batch-open-folder");
        Button report = Controls.button(m.get("batch.ui.open-report"), m.get("batch.ui.open-report.help"),
                () -> open.accept(vm.report()));
        report.setId("batch-open-report");
        HBox after = new HBox(8, folder, report);
        // laid out from the start (disabled until there is something to open), so the dialog keeps its size
        after.disableProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.FINISHED));

        getChildren().addAll(Controls.sectionTitle(m.get("batch.ui.run.title")), bar, status, summary, failedTitle,
                failed, after);
        vm.progressProperty().addListener((obs, old, p) -> {
            bar.setProgress(p == null ? 0 : p.fraction());
            refresh();
        });
        vm.phaseProperty().addListener((obs, old, p) -> refresh());
        vm.stoppingProperty().addListener((obs, old, s) -> refresh());
        vm.summaryProperty().addListener((obs, old, s) -> refresh());
        refresh();
    }

    private void refresh() {
        BatchProgress p = vm.progressProperty().get();
        status.setText(switch (vm.phaseProperty().get()) {
            case SETUP -> m.get("batch.ui.run.ready");
            case RUNNING -> vm.stoppingProperty().get() ? m.get("batch.ui.run.stopping")
                    : p == null || p.total() == 0 ? m.get("batch.ui.run.counting") : progressLine(p);
            case FINISHED -> progressLine(p);
        });
        BatchSummary s = vm.summaryProperty().get();
        summary.setText(s == null ? "" : summaryLine(s));
        summary.setVisible(s != null);
        summary.setManaged(s != null);
    }

    private String progressLine(BatchProgress p) {
        if (p == null) {
            return "";
        }
        long left = p.secondsLeft();
        String eta = left < 0 ? "--:--" : String.format("%d:%02d", left / 60, left % 60);
        return m.get("batch.ui.progress", p.finished(), p.total(), p.perSecond(), eta);
    }

    /** "298 selesai, 2 gagal", and skipped or stopped rows when there are any. */
    private String summaryLine(BatchSummary s) {
        List<String> parts = new ArrayList<>();
        parts.add(m.get("batch.ui.summary.done", s.done()));
        parts.add(m.get("batch.ui.summary.failed", s.failed() + s.errors()));
        if (s.skipped() > 0) {
            parts.add(m.get("batch.ui.summary.skipped", s.skipped()));
        }
        if (s.notRun() > 0) {
            parts.add(m.get("batch.ui.summary.not-run", s.notRun()));
        }
        if (s.noted() > 0) {
            parts.add(m.get("batch.ui.summary.noted", s.noted()));
        }
        Path joined = vm.pdf().joinedProperty().get();
        return String.join(", ", parts) + (joined == null ? "" : "\n" + m.get("batch.ui.single-pdf.done", joined));
    }

    /** "Baris 4 · Budi.jpg — foto tidak ditemukan: …", wrapped to the list's width. */
    private static final class FailureCell extends ListCell<RowResult> {
        private final Messages m;

        FailureCell(Messages m, ListView<RowResult> list) {
            this.m = m;
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(RowResult r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                return;
            }
            String reason = r.reason().map(msg -> NoticeText.sentence(m, msg)).orElse("");
            setText(r.output().isEmpty() ? m.get("batch.ui.failed.row-unnamed", r.row(), reason)
                    : m.get("batch.ui.failed.row", r.row(), r.output(), reason));
        }
    }
}
