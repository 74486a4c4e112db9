// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static id.bingkai.app.TestWindows.await;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.NativeFileDialogs;
import id.bingkai.core.model.Placement;
import id.bingkai.testing.TestPhotos;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on JavaFX's Headless platform, driven by TestFX's glass robot: open a photo (through the view
 * model, since a native file dialog cannot be driven headless), drag it, undo, type a name, export through the
 * dialog, and find the file on disk.
 */
@ExtendWith(ApplicationExtension.class)
class EditorWindowFxTest {
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

    private Placement placement() {
        return vm.editor().photo().orElseThrow().placement();
    }

    @Test
    void openDragUndoTypeAndExport(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        assertThat(window.stage().getTitle()).startsWith("Bingkai");
        Path photo = TestPhotos.jpeg(dir, "foto.jpg", 1600, 1200);

        robot.interact(() -> vm.openPhoto(photo));
        await(() -> vm.editor().previewProperty().get() != null
                && vm.editor().previewProperty().get().document().primaryPhoto().isPresent());
        assertThat(placement()).isEqualTo(Placement.COVER);

        Bounds canvas = robot.lookup("#canvas").query().localToScreen(robot.lookup("#canvas").query()
                .getBoundsInLocal());
        robot.drag(canvas.getCenterX(), canvas.getCenterY()).moveBy(40, 25).drop();
        await(() -> placement().offsetX() > 0);
        assertThat(placement().offsetY()).isPositive();

        robot.clickOn("#undo");
        await(() -> placement().equals(Placement.COVER));
        robot.clickOn("#redo");
        await(() -> placement().offsetX() > 0);

        var named = vm.gallery().entries().getFirst().pack().frames().stream()
                .filter(f -> f.fields().stream().anyMatch(x -> x.key().equals("nama"))).findFirst().orElseThrow();
        robot.clickOn("#frame-" + vm.gallery().entries().getFirst().pack().id() + "-" + named.id());
        await(() -> vm.editor().document().frame().id().equals(named.id()));
        assertThat(placement().offsetX()).as("the placement stays when the frame changes").isPositive();
        robot.clickOn("#text-nama").write("Siti Aminah");
        await(() -> "Siti Aminah".equals(vm.editor().document().texts().get("nama")));
        // The dragged photo leaves an empty edge in its place, which the guideline does not let out: fit it back.
        robot.clickOn("#fit-cover");
        await(() -> placement().equals(Placement.COVER));

        robot.clickOn("#export");
        await(() -> robot.lookup("#export-target").tryQuery().isPresent());
        TextField target = robot.lookup("#export-target").queryAs(TextField.class);
        robot.clickOn("#preset-custom");
        // The focus went elsewhere (JavaFX then puts a field's caret at the start), yet the suggested path still
        // shows its end, the file name.
        await(() -> target.getCaretPosition() == target.getLength() && target.getLength() > 0);
        Path out = dir.resolve("hasil.png");
        robot.interact(() -> target.setText(out.toString()));
        robot.clickOn(named.canvas().height() > named.canvas().width() ? "#preset-status" : "#preset-whatsapp");
        robot.clickOn("#export-save");
        await(() -> Files.exists(out) && robot.lookup("#open-folder").tryQuery().map(n -> n.isVisible())
                .orElse(false));
        BufferedImage written = ImageIO.read(out.toFile());
        int width = named.canvas().height() > named.canvas().width() ? 1080 : 640;
        assertThat(written.getWidth()).isEqualTo(width);
        assertThat(written.getHeight()).isEqualTo(named.canvas().heightFor(width));
    }

    @Test
    void keysZoomRotateAndNudgeTheFocusedCanvas(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        Path photo = TestPhotos.jpeg(dir, "kunci.jpg", 800, 600);
        robot.interact(() -> vm.openPhoto(photo));
        await(() -> vm.editor().photo().isPresent());
        robot.clickOn("#canvas");
        robot.write("+");
        await(() -> placement().zoom() > 1.05);
        robot.write("]");
        await(() -> placement().rotation() == 1.0);
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        await(() -> placement().offsetX() > 0);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.CONTROL);
        await(() -> placement().offsetX() == 0);
    }

    @Test
    void closingWithUnsavedWorkAsksFirstAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        robot.interact(() -> vm.editor().setText("nama", "Siti"));
        assertThat(window.stage().getTitle()).endsWith("•");
        Platform.runLater(() -> window.stage().fireEvent(new javafx.stage.WindowEvent(window.stage(),
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        await(() -> robot.lookup("Batal").tryQuery().isPresent());
        robot.clickOn("Batal");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isTrue();
        Platform.runLater(() -> window.stage().fireEvent(new javafx.stage.WindowEvent(window.stage(),
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        await(() -> robot.lookup("Jangan simpan").tryQuery().isPresent());
        robot.clickOn("Jangan simpan");
        await(() -> !window.stage().isShowing());
    }

    @Test
    void switchingToEnglishRebuildsTheWindowAndKeepsTheWork(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        robot.interact(() -> vm.editor().setText("nama", "Siti"));
        robot.interact(() -> vm.setLanguage("en"));
        await(() -> robot.lookup("#export").queryButton().getText().equals("Export image…"));
        assertThat(window.stage().getTitle()).startsWith("Bingkai");
        assertThat(robot.lookup("#text-nama").queryAs(TextField.class).getText()).isEqualTo("Siti");
        assertThat(vm.editor().canUndoProperty().get()).isTrue();
    }

    @Test
    void pinchAndRotateGesturesAreOneUndoStepEach(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        Path photo = photoFor("cubit.jpg");
        robot.interact(() -> vm.openPhoto(photo));
        await(() -> vm.editor().photo().isPresent());
        javafx.scene.Node canvas = robot.lookup("#canvas").query();
        javafx.geometry.Point2D c = canvas.localToScene(canvas.getLayoutBounds().getCenterX(),
                canvas.getLayoutBounds().getCenterY());
        robot.interact(() -> {
            canvas.fireEvent(zoom(javafx.scene.input.ZoomEvent.ZOOM_STARTED, c, 1));
            canvas.fireEvent(zoom(javafx.scene.input.ZoomEvent.ZOOM, c, 1.2));
            canvas.fireEvent(zoom(javafx.scene.input.ZoomEvent.ZOOM, c, 1.25));
            canvas.fireEvent(zoom(javafx.scene.input.ZoomEvent.ZOOM_FINISHED, c, 1));
            canvas.fireEvent(rotate(javafx.scene.input.RotateEvent.ROTATION_STARTED, c, 0));
            canvas.fireEvent(rotate(javafx.scene.input.RotateEvent.ROTATE, c, 10));
            canvas.fireEvent(rotate(javafx.scene.input.RotateEvent.ROTATE, c, 5));
            canvas.fireEvent(rotate(javafx.scene.input.RotateEvent.ROTATION_FINISHED, c, 0));
        });
        assertThat(placement().zoom()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(placement().rotation()).isEqualTo(15.0);
        robot.interact(vm.editor()::undo);
        assertThat(placement().rotation()).isEqualTo(0.0);
        assertThat(placement().zoom()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        robot.interact(vm.editor()::undo);
        assertThat(placement()).isEqualTo(Placement.COVER);
    }

    private static Path photoFor(String name) throws java.io.IOException {
        return TestPhotos.jpeg(dir, name, 900, 700);
    }

    private static javafx.scene.input.ZoomEvent zoom(javafx.event.EventType<javafx.scene.input.ZoomEvent> type,
            javafx.geometry.Point2D at, double factor) {
        return new javafx.scene.input.ZoomEvent(type, at.getX(), at.getY(), at.getX(), at.getY(), false, false,
                false, false, true, false, factor, factor, null);
    }

    private static javafx.scene.input.RotateEvent rotate(
            javafx.event.EventType<javafx.scene.input.RotateEvent> type, javafx.geometry.Point2D at, double angle) {
        return new javafx.scene.input.RotateEvent(type, at.getX(), at.getY(), at.getX(), at.getY(), false, false,
                false, false, true, false, angle, angle, null);
    }
}
