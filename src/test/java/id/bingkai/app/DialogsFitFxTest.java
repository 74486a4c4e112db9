// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static id.bingkai.app.TestWindows.await;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.NativeFileDialogs;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.testing.TestPhotos;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
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
 * Every dialog fits the common office laptop: 1366×768 less a taskbar (1366×728) and a title bar (about 38 px), so a
 * scene of at most 1366×690. Each dialog is opened as a user would, in its tallest state, and its default button must
 * lie inside its scene.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsFitFxTest {
    static final double MAX_WIDTH = 1366;
    static final double MAX_HEIGHT = 728 - 38;

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

    private static Optional<Window> dialogWith(String rootId) {
        return Window.getWindows().stream().filter(w -> w.getScene() != null && w.isShowing()
                && w.getScene().lookup(rootId) != null).findFirst();
    }

    /** The scene fits and the default button is inside it, laid out and visible. */
    private static void assertFits(String what, Scene scene, Button defaultButton) {
        assertThat(scene.getWidth()).as(what + " width").isLessThanOrEqualTo(MAX_WIDTH);
        assertThat(scene.getHeight()).as(what + " height").isLessThanOrEqualTo(MAX_HEIGHT);
        assertThat(defaultButton.isDefaultButton()).as(what + " default button").isTrue();
        assertThat(defaultButton.isVisible()).isTrue();
        Bounds b = defaultButton.localToScene(defaultButton.getBoundsInLocal());
        assertThat(b.getMinY()).as(what + " default button top").isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxY()).as(what + " default button bottom").isLessThanOrEqualTo(scene.getHeight());
        assertThat(b.getMaxX()).as(what + " default button right").isLessThanOrEqualTo(scene.getWidth());
    }

    private void openPhoto(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        Path photo = TestPhotos.jpeg(dir, "foto.jpg", 1600, 1200);
        robot.interact(() -> vm.openPhoto(photo));
        await(() -> vm.editor().photo().isPresent());
    }

    @Test
    void theExportDialogWithJpegAndAllSizesFits(FxRobot robot) throws Exception {
        openPhoto(robot);
        robot.clickOn("#export");
        await(() -> dialogWith("#export-dialog").isPresent());
        Scene scene = dialogWith("#export-dialog").orElseThrow().getScene();
        @SuppressWarnings("unchecked")
        ChoiceBox<ImageFormat> format = (ChoiceBox<ImageFormat>) scene.lookup("#format");
        robot.interact(() -> format.setValue(ImageFormat.JPEG));
        robot.clickOn("#preset-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertFits("export (JPEG, all sizes)", scene, (Button) scene.lookup("#export-save"));
    }

    @Test
    void theBatchDialogFits(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        robot.clickOn("#batch-open");
        await(() -> dialogWith("#batch-dialog").isPresent());
        Scene scene = dialogWith("#batch-dialog").orElseThrow().getScene();
        assertFits("batch", scene, (Button) scene.lookup("#batch-start"));
    }

    @Test
    void thePreferencesDialogFits(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        Platform.runLater(() -> ((Button) window.stage().getScene().lookup("#preferences")).fire());
        await(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane));
        Scene scene = Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow().getScene();
        Button ok = defaultButtonIn(scene.getRoot()).orElseThrow();
        assertFits("preferences", scene, ok);
        robot.interact(() -> robot.type(KeyCode.ESCAPE));
    }

    private static Optional<Button> defaultButtonIn(Parent parent) {
        for (Node n : parent.lookupAll(".button")) {
            if (n instanceof Button b && b.isDefaultButton()) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
