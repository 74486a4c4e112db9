// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.guideline;

import id.bingkai.app.common.Controls;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.i18n.Messages;
import javafx.scene.control.Button;

/**
 * One line above the export button that is always in view: how the design stands against the guideline.
 * Choosing it brings the findings list into view (it may be scrolled away below the placement controls).
 */
public final class FindingsSummary {
    private FindingsSummary() {
    }

    public static Button create(GuidelineViewModel vm, Messages m, Runnable showList) {
        Button b = Controls.button("", m.get("guideline.ui.footer.help"), showList);
        b.getStyleClass().add("findings-footer");
        b.setId("findings-footer");
        b.setMaxWidth(Double.MAX_VALUE);
        Runnable update = () -> {
            GuidelineReport r = vm.reportProperty().get();
            boolean show = r != null && !vm.needsPhotoProperty().get();
            b.setVisible(show);
            b.setManaged(show);
            if (!show) {
                return;
            }
            String text;
            if (r.clean()) {
                text = m.get("guideline.ui.footer.clean");
                b.setGraphic(null);
            } else {
                text = r.blocksExport() ? m.get("guideline.ui.footer.blocking", r.blocking().size())
                        : m.get("guideline.ui.footer.count", r.findings().size());
                b.setGraphic(SeverityIcon.of(r.findings().getFirst().severity()));
            }
            b.setText(text);
            b.setAccessibleText(text);
            b.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("blocked"), r.blocksExport());
        };
        vm.reportProperty().addListener((obs, o, n) -> update.run());
        vm.needsPhotoProperty().addListener((obs, o, n) -> update.run());
        update.run();
        return b;
    }
}
