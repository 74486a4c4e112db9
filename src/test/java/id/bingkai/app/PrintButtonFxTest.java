// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static id.bingkai.app.TestWindows.await;
import static id.bingkai.app.TestWindows.showing;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.FramePack;
import id.bingkai.testing.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Cetak…" in the real window: shown for a poster, not for a profile frame; Ctrl+P on a poster goes to the print job
 * and, where the test machine cannot show the system's print dialog (headless AWT) or has no printer, says so in
 * Indonesian instead of failing silently.
 */
@ExtendWith(ApplicationExtension.class)
class PrintButtonFxTest {
    @TempDir
    static Path dir;
    private final TestWindows editor = new TestWindows();
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage ignored) throws Exception {
        editor.show(dir, new AnsweredDialogs());
        vm = editor.vm();
        window = editor.window();
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
    }

    @Test
    void aPosterHasCetakAndCtrlPSaysWhyItCannotPrintHere(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        assertThat(showing(robot, "#print")).as("a profile frame has no physical size").isFalse();

        FramePack pack = vm.editor().document().pack();
        Path photo = TestPhotos.jpeg(Files.createDirectories(dir.resolve("foto")), "kegiatan.jpg", 800, 600);
        robot.interact(() -> {
            vm.editor().selectFrame(pack, pack.frame("poster-a4").orElseThrow());
            vm.editor().openPhoto(photo);
        });
        await(() -> showing(robot, "#print") && !robot.lookup("#print").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#print").queryAs(Button.class).getText()).isEqualTo("Cetak…");

        robot.clickOn("#canvas").press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        await(() -> robot.lookup(".notice.error").tryQuery().isPresent());
        String said = robot.lookup(".notice.error").lookup(".label").queryAs(Label.class).getText();
        assertThat(said).as("no printer here, or no screen for the system dialog (headless AWT)")
                .satisfiesAnyOf(s -> assertThat(s).startsWith("Tidak ada printer yang terpasang"),
                        s -> assertThat(s).startsWith("Dialog cetak sistem tidak dapat dibuka"));
    }
}
