// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static id.bingkai.app.TestWindows.await;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.NativeFileDialogs;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Placement;
import id.bingkai.testing.TestFrames;
import id.bingkai.testing.TestPhotos;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window with a two-photo frame: a red photo goes into "Foto 1", a click in the right-hand slot picks
 * "Foto 2" and a blue photo goes there, a drag in the left slot moves the red photo only, and the exported file
 * shows red on the left, blue on the right and the frame's white between them.
 */
@ExtendWith(ApplicationExtension.class)
class MultiSlotWindowFxTest {
    @TempDir
    static Path dir;
    private final TestWindows editor = new TestWindows();
    private final FramePack duo = TestFrames.twoSlotPack("duo");
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

    private Placement placement(String slot) {
        return vm.editor().document().photo(slot).orElseThrow().placement();
    }

    /** Where a point of the 1000 x 500 canvas is on the screen. */
    private Point2D onScreen(FxRobot robot, double x, double y) {
        ImageView picture = robot.lookup("#canvas").queryAs(id.bingkai.app.editor.CanvasView.class).picture();
        double scale = picture.getFitWidth() / 1000;
        return picture.localToScreen(x * scale, y * scale);
    }

    @Test
    void twoPhotosGoIntoTwoSlotsAndBothAreExported(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        Path red = TestPhotos.solid(dir, "merah.png", 800, 600, new Color(0xD0, 0x20, 0x20));
        Path blue = TestPhotos.solid(dir, "biru.png", 600, 800, new Color(0x20, 0x40, 0xD0));
        robot.interact(() -> vm.editor().selectFrame(duo, duo.frame("duo").orElseThrow()));
        await(() -> robot.lookup("#slot-2").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#slot-1").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#export").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> vm.openPhoto(red));
        await(() -> vm.editor().document().photo("kiri").isPresent());
        assertThat(robot.lookup("#slot-empty").queryAs(Label.class).getText()).contains("Foto 2");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("Foto 2");
        assertThat(robot.lookup("#export").queryAs(Button.class).isDisabled())
                .as("export waits for the second photo").isTrue();

        Point2D right = onScreen(robot, 750, 250);
        robot.clickOn(right.getX(), right.getY());
        await(() -> vm.editor().activeSlot().id().equals("kanan"));
        assertThat(robot.lookup("#slot-2").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.interact(() -> vm.openPhoto(blue));
        await(() -> vm.editor().document().photo("kanan").isPresent()
                && !robot.lookup("#export").queryAs(Button.class).isDisabled());
        assertThat(vm.editor().document().photo("kiri").orElseThrow().photo().path()).isEqualTo(red);
        assertThat(vm.editor().document().photo("kanan").orElseThrow().photo().path()).isEqualTo(blue);

        Point2D left = onScreen(robot, 250, 250);
        robot.drag(left.getX(), left.getY()).moveBy(30, 0).drop();
        await(() -> vm.editor().activeSlot().id().equals("kiri") && placement("kiri").offsetX() > 0);
        assertThat(placement("kanan")).as("the drag moved the left photo only").isEqualTo(Placement.COVER);
        robot.clickOn("#fit-cover"); // the dragged photo leaves an empty edge, which the guideline refuses
        await(() -> placement("kiri").equals(Placement.COVER));

        robot.clickOn("#export");
        await(() -> robot.lookup("#export-target").tryQuery().isPresent());
        TextField target = robot.lookup("#export-target").queryAs(TextField.class);
        Path out = dir.resolve("berdua.png");
        robot.interact(() -> target.setText(out.toString()));
        robot.clickOn("#export-save");
        await(() -> Files.exists(out) && robot.lookup("#open-folder").tryQuery().map(Node::isVisible)
                .orElse(false));
        BufferedImage written = ImageIO.read(out.toFile());
        double s = written.getWidth() / 1000.0;
        assertThat(written.getHeight()).isEqualTo((int) Math.round(500 * s));
        assertColour(written, 250 * s, 250 * s, 0xD02020);
        assertColour(written, 100 * s, 420 * s, 0xD02020);
        assertColour(written, 750 * s, 250 * s, 0x2040D0);
        assertColour(written, 750 * s, 400 * s, 0x2040D0);
        assertColour(written, 500 * s, 250 * s, 0xFFFFFF);
        assertColour(written, 560 * s, 60 * s, 0xFFFFFF); // outside the ellipse, inside its bounds
    }

    private static void assertColour(BufferedImage img, double x, double y, int rgb) {
        int actual = img.getRGB((int) x, (int) y);
        for (int shift = 0; shift <= 16; shift += 8) {
            int a = (actual >> shift) & 0xFF;
            int e = (rgb >> shift) & 0xFF;
            assertThat(Math.abs(a - e)).as("channel at %d,%d: %06x vs %06x", (int) x, (int) y, actual & 0xFFFFFF, rgb)
                    .isLessThanOrEqualTo(6);
        }
    }
}
