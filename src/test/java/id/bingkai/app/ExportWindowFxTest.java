// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static id.bingkai.app.TestWindows.await;
import static id.bingkai.app.TestWindows.showing;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.TestPhotos;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/**
 * The export dialog in the real window, headless: its file chooser answered by the test, and "Semua ukuran" writing
 * every size of a square frame into one folder, found on disk at the expected sizes.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowFxTest {
    @TempDir
    static Path dir;
    private final TestWindows editor = new TestWindows();
    private final AnsweredDialogs dialogs = new AnsweredDialogs();
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage ignored) throws Exception {
        editor.show(dir, dialogs);
        vm = editor.vm();
        window = editor.window();
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
    }

    @Test
    void theChosenFileAndAllSizesWriteEveryProfileSizeIntoOneFolder(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        Path photo = TestPhotos.jpeg(dir, "foto.jpg", 1600, 1200);
        robot.interact(() -> vm.openPhoto(photo));
        await(() -> vm.editor().photo().isPresent());
        assertThat(vm.editor().document().frame().canvas().aspect()).as("the first frame is square").isEqualTo(1.0);

        robot.clickOn("#export");
        await(() -> showing(robot, "#export-choose"));
        Path folder = dir.resolve("semua");
        dialogs.save = folder.resolve("profil.jpg");
        robot.clickOn("#export-choose");
        TextField target = robot.lookup("#export-target").queryAs(TextField.class);
        await(() -> target.getText().equals(dialogs.save.toString()));
        assertThat(dialogs.asked).singleElement().asString().startsWith("save bingkai-").contains("[*.png]");
        assertThat(showing(robot, "#quality")).as("a .jpg chosen switches the format to JPEG").isTrue();

        robot.clickOn("#preset-all");
        await(() -> robot.lookup("#export-set-files").queryAs(Label.class).getText()
                .contains("profil-1-whatsapp-640.jpg"));
        robot.clickOn("#export-save");
        List<String> names = List.of("profil-1-whatsapp-640.jpg", "profil-2-instagram-1080.jpg", "profil-3-x-400.jpg",
                "profil-4-facebook-720.jpg");
        await(() -> !robot.lookup("#open-folder").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#export-state").queryAs(Label.class).getText()).contains("4").contains(folder
                .toString());
        int[] widths = {640, 1080, 400, 720};
        for (int i = 0; i < names.size(); i++) {
            Path file = folder.resolve(names.get(i));
            assertThat(file).exists();
            BufferedImage img = ImageIO.read(file.toFile());
            assertThat(img.getWidth()).as(names.get(i)).isEqualTo(widths[i]);
            assertThat(img.getHeight()).isEqualTo(widths[i]);
        }
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(4);
        }
    }
}
