// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.FileDialogs;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Rect;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestPacks;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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

/** "Logo instansi" in the real window: shown for a poster, a click picks the logo, another removes it. */
@ExtendWith(ApplicationExtension.class)
class AgencyLogoFxTest {
    private static final int BLUE = 0x1040C0;

    @TempDir
    static Path dir;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private MainViewModel vm;
    private MainWindow window;
    private Path picked;

    /** The open dialog answers with the logo file. */
    private final class Answered implements FileDialogs {
        @Override
        public Optional<Path> openFile(Window owner, String title, Path folder, List<Filter> filters) {
            return Optional.ofNullable(picked);
        }

        @Override
        public Optional<Path> saveFile(Window owner, String title, Path folder, String name, List<Filter> filters) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(Window owner, String title, Path folder) {
            return Optional.empty();
        }
    }

    @Start
    void start(Stage ignored) throws Exception {
        TestWindows opened = TestWindows.show(new Messages(Locale.of("id")), dir, background, new Answered());
        vm = opened.vm();
        window = opened.window();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.stage().hide()).get(5, TimeUnit.SECONDS);
        background.shutdownNow();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
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
        picked = TestPacks.write(Files.createDirectories(dir.resolve("humas")).resolve("logo-pemkot.png"),
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
