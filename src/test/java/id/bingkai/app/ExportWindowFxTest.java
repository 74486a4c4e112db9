// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.FileDialogs;
import id.bingkai.core.i18n.Messages;
import id.bingkai.testing.TestPhotos;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * The export dialog in the real window, headless: its file chooser answered by the test, and "Semua ukuran" writing
 * every size of a square frame into one folder, found on disk at the expected sizes.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowFxTest {
    @TempDir
    static Path dir;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final SaveAnswer dialogs = new SaveAnswer();
    private MainViewModel vm;
    private MainWindow window;

    /** Answers the save dialog with the path the test chose, and remembers the name it suggested. */
    private static final class SaveAnswer implements FileDialogs {
        Path save;
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<Path> openFile(Window owner, String title, Path folder, List<Filter> filters) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> saveFile(Window owner, String title, Path folder, String name, List<Filter> filters) {
            asked.add(name + " " + filters.getFirst().patterns());
            return Optional.ofNullable(save);
        }

        @Override
        public Optional<Path> chooseFolder(Window owner, String title, Path folder) {
            return Optional.empty();
        }
    }

    @Start
    void start(Stage ignored) throws Exception {
        TestWindows opened = TestWindows.show(new Messages(Locale.of("id")), dir, background, dialogs);
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

    private void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
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
        assertThat(dialogs.asked).singleElement().asString().startsWith("bingkai-").contains("[*.png]");
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
