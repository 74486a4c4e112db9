// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static id.bingkai.app.TestWindows.await;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.NativeFileDialogs;
import id.bingkai.app.editor.TextPanel;
import id.bingkai.core.model.FramePack;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
 * The pledge card in the real window: its pledge points are typed in a text area that counts what is left and keeps
 * line breaks in the document, and a NIP of the wrong shape gets a warning beside the field (ControlsFX validation)
 * that a correct one clears.
 */
@ExtendWith(ApplicationExtension.class)
class PosterTextFxTest {
    @TempDir
    static Path dir;
    private final TestWindows editor = new TestWindows();
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage ignored) throws Exception {
        editor.show(dir, new NativeFileDialogs());
        vm = editor.vm();
        window = editor.window();
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
    }

    @Test
    void pledgePointsAreMultiLineWithACountAndTheNipIsChecked(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        FramePack pack = vm.editor().document().pack();
        robot.interact(() -> vm.editor().selectFrame(pack, pack.frame("ikrar-a4").orElseThrow()));
        await(() -> robot.lookup("#text-ikrar").tryQuery().isPresent());

        TextArea points = robot.lookup("#text-ikrar").queryAs(TextArea.class);
        robot.interact(() -> points.setText("Netral.\nMelayani semua."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.editor().document().texts()).containsEntry("ikrar", "Netral.\nMelayani semua.");
        assertThat(robot.lookup("#text-left-ikrar").queryAs(Label.class).getText())
                .isEqualTo("Sisa 1.477 karakter."); // 1500 less the 23 typed

        TextPanel panel = robot.lookup("#text-nip").queryAs(TextField.class).getParent() instanceof TextPanel p ? p
                : null;
        assertThat(panel).as("the NIP field sits in the text panel").isNotNull();
        TextField nip = robot.lookup("#text-nip").queryAs(TextField.class);
        robot.interact(() -> nip.setText("19850312201001100"));
        await(() -> !panel.validation().getValidationResult().getWarnings().isEmpty());
        assertThat(panel.validation().getValidationResult().getWarnings()).first()
                .satisfies(w -> assertThat(w.getText()).contains("18 angka"));
        Label warning = robot.lookup("#text-warning-nip").queryAs(Label.class);
        assertThat(warning.isVisible()).as("the warning is spelled out under the field").isTrue();
        assertThat(warning.getText()).contains("18 angka");

        robot.interact(() -> nip.setText("19850312 201001 1 002"));
        await(() -> panel.validation().getValidationResult().getMessages().isEmpty());
        assertThat(warning.isVisible()).isFalse();
        assertThat(vm.editor().document().texts().get("nip")).isEqualTo("19850312 201001 1 002");
    }
}
