// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static id.bingkai.app.TestWindows.await;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.NativeFileDialogs;
import id.bingkai.app.guideline.Guide;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Rule;
import id.bingkai.testing.TestPhotos;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The guideline in the real window (Headless platform, glass robot): switch a guide off and on, make the photo
 * too small for its place, find the blocking finding in the list, highlight it with the keyboard, and see the
 * export refused with the reason and no file written.
 */
@ExtendWith(ApplicationExtension.class)
class GuidelineWindowFxTest {
    @TempDir
    static java.nio.file.Path dir;
    private final Messages m = new Messages(Locale.of("id"));
    private final TestWindows editor = new TestWindows();
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage ignored) throws Exception {
        editor.show(m, dir, new NativeFileDialogs());
        vm = editor.vm();
        window = editor.window();
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
    }

    private boolean checked() {
        var g = vm.guideline();
        return g.reportProperty().get() != null && !g.needsPhotoProperty().get() && !g.checkingProperty().get();
    }

    private long overlayNodes(FxRobot robot, String styleClass) {
        return robot.lookup("#guide-overlay").query().lookupAll("." + styleClass).size();
    }

    @Test
    void toggleAGuideBreakARuleAndSeeTheExportRefused(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        FramePack pack = vm.gallery().entries().getFirst().pack();
        robot.clickOn("#frame-" + pack.id() + "-lencana-lingkaran");
        java.nio.file.Path photo = TestPhotos.jpeg(dir, "panduan.jpg", 1600, 1200);
        robot.interact(() -> vm.openPhoto(photo));
        await(this::checked);

        // The circle crop is on for a profile frame; switching it off removes the shading, on brings it back.
        ToggleButton circle = robot.lookup("#guide-circle-crop").queryAs(ToggleButton.class);
        assertThat(circle.isSelected()).isTrue();
        assertThat(overlayNodes(robot, "guide-dim")).isEqualTo(1);
        robot.clickOn(circle);
        await(() -> overlayNodes(robot, "guide-dim") == 0);
        assertThat(vm.guideline().shownProperty(Guide.CIRCLE_CROP).get()).isFalse();
        robot.clickOn(circle);
        await(() -> overlayNodes(robot, "guide-dim") == 1);
        robot.clickOn("#guide-whatsapp-centre");
        await(() -> robot.lookup("#guide-overlay").query().lookupAll(".guide-line").stream()
                .anyMatch(n -> !((Path) n).getStrokeDashArray().isEmpty()));
        assertThat(robot.lookup("#preview-instagram").tryQuery()).isPresent();

        // Zoom the photo out with the keyboard until it no longer covers its round place.
        robot.clickOn("#canvas");
        for (int i = 0; i < 6; i++) {
            robot.write("-");
        }
        await(() -> checked() && vm.guideline().reportProperty().get().blocksExport());
        Finding gap = vm.guideline().reportProperty().get().blocking().getFirst();
        assertThat(gap.rule()).isEqualTo(Rule.PHOTO_COVERAGE);
        await(() -> robot.lookup(".finding-blocking").tryQuery().isPresent());
        assertThat(robot.lookup("#findings-footer").queryButton().getText())
                .isEqualTo(m.get("guideline.ui.footer.blocking", 1));

        // The footer brings the list into view and focuses the first (most severe) finding; Enter highlights it.
        robot.clickOn("#findings-footer");
        await(() -> robot.lookup(".finding-blocking").query().isFocused());
        robot.type(KeyCode.ENTER);
        await(() -> vm.guideline().highlightProperty().get() != null);
        assertThat(vm.guideline().highlightProperty().get()).isEqualTo(gap.region());
        assertThat(overlayNodes(robot, "guide-highlight")).isEqualTo(1);

        // Export: the reason is shown, Save stays off, and nothing is written however the user tries.
        robot.clickOn("#export");
        await(() -> robot.lookup("#export-blocked").tryQuery().map(Node::isVisible).orElse(false));
        java.nio.file.Path out = dir.resolve("ditolak.png");
        robot.interact(() -> robot.lookup("#export-target").queryAs(TextField.class).setText(out.toString()));
        Button save = robot.lookup("#export-save").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#export-state").queryAs(Label.class).getText())
                .isEqualTo(m.get("guideline.ui.export.save-off"));
        String reason = m.format(gap.message());
        assertThat(robot.lookup("#export-findings").query().lookupAll(".finding-message").stream()
                .map(n -> ((Label) n).getText())).contains(reason);
        robot.clickOn(save);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(out)).isFalse();
    }
}
