// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static id.bingkai.app.TestWindows.await;
import static id.bingkai.app.TestWindows.showing;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Rect;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestPacks;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Logo instansi" in the real window: shown for a poster, a click picks the logo, another removes it. */
@ExtendWith(ApplicationExtension.class)
class AgencyLogoFxTest {
    private static final int BLUE = 0x1040C0;

    @TempDir
    static Path dir;
    private final TestWindows editor = new TestWindows();
    private MainViewModel vm;
    private MainWindow window;
    private final AnsweredDialogs dialogs = new AnsweredDialogs();

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

    /** Scrolls the side panel until the node is in view, as a person would before clicking it. */
    private static void reveal(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            Node n = node;
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof ScrollPane scroll) {
                double content = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                scroll.setVvalue(content > viewport ? Math.min(1, Math.max(0, y - 40) / (content - viewport)) : 0);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pickAndRemoveTheAgencyLogoOnAPoster(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        assertThat(showing(robot, "#agency-logo")).as("a profile frame has no logo place").isFalse();

        FramePack pack = vm.editor().document().pack();
        robot.interact(() -> vm.editor().selectFrame(pack, pack.frame("instagram-4-5").orElseThrow()));
        await(() -> showing(robot, "#agency-logo"));
        assertThat(robot.lookup("#agency-logo-name").queryAs(Label.class).getText())
                .isEqualTo("Belum ada logo instansi");
        assertThat(robot.lookup("#logo-place-outline").queryAs(Group.class).getChildren())
                .as("the empty place is outlined on screen").isNotEmpty();

        BufferedImage mark = Pictures.flat(400, 100, BLUE);
        dialogs.open = TestPacks.write(Files.createDirectories(dir.resolve("humas")).resolve("logo-pemkot.png"),
                TestPacks.png(mark));
        reveal(robot, "#agency-logo-choose");
        robot.clickOn("#agency-logo-choose");
        await(() -> vm.editor().document().agencyLogo().isPresent());
        await(() -> "logo-pemkot.png".equals(robot.lookup("#agency-logo-name").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#logo-place-outline").queryAs(Group.class).getChildren()).isEmpty();
        await(() -> vm.editor().previewProperty().get() != null
                && vm.editor().previewProperty().get().document().agencyLogo().isPresent());
        BufferedImage preview = vm.editor().previewProperty().get().image();
        Rect place = vm.editor().document().frame().logoPlace().orElseThrow().bounds();
        double k = (double) preview.getWidth() / vm.editor().document().frame().canvas().width();
        assertThat(preview.getRGB((int) (place.centerX() * k), (int) (place.centerY() * k)) & 0xFFFFFF)
                .as("the logo is in the preview").isEqualTo(BLUE);
        assertThat(preview.getRGB((int) (place.centerX() * k), (int) ((place.y() + 8) * k)) & 0xFFFFFF)
                .as("above the 4:1 logo the place stays empty").isNotEqualTo(BLUE);
        assertThat(Files.list(vm.context().data().agencyLogo()).map(p -> p.getFileName().toString()).toList())
                .containsExactly("logo-pemkot.png");

        reveal(robot, "#agency-logo-remove");
        robot.clickOn("#agency-logo-remove");
        await(() -> vm.editor().document().agencyLogo().isEmpty());
        assertThat(robot.lookup("#agency-logo-name").queryAs(Label.class).getText())
                .isEqualTo("Belum ada logo instansi");
        assertThat(Files.list(vm.context().data().agencyLogo()).toList()).isEmpty();
    }
}
