// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.FileDialogs;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Cetak…" in the real window: shown for a poster, not for a profile frame; Ctrl+P on a poster goes to the print job
 * and, where the test machine cannot show the system's print dialog (headless AWT) or has no printer, says so in
 * Indonesian instead of failing silently.
 */
@ExtendWith(ApplicationExtension.class)
class PrintButtonFxTest {
    @TempDir
    static Path dir;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage ignored) throws Exception {
        FileDialogs none = new FileDialogs() {
            @Override
            public Optional<Path> openFile(Window owner, String title, Path folder, List<Filter> filters) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, Path folder, String name,
                    List<Filter> filters) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFolder(Window owner, String title, Path folder) {
                return Optional.empty();
            }
        };
        TestWindows opened = TestWindows.show(new Messages(Locale.of("id")), dir, background, none);
        vm = opened.vm();
        window = opened.window();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(w -> w != window.stage()).toList().forEach(Window::hide);
            window.stage().hide();
        }).get(5, TimeUnit.SECONDS);
        background.shutdownNow();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
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
