// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static id.bingkai.app.TestWindows.await;
import static id.bingkai.app.TestWindows.showing;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.FramePack;
import id.bingkai.testing.TestPhotos;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.StreamPrintServiceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Cetak…" in the real window: shown for a poster, not for a profile frame; Ctrl+P on a poster asks in Bingkai's
 * own dialog and prints the copies chosen (to a printer that writes PostScript), or says in Indonesian that there is
 * no printer.
 */
@ExtendWith(ApplicationExtension.class)
class PrintButtonFxTest {
    @TempDir
    static Path dir;
    private final TestWindows editor = new TestWindows();
    private final ByteArrayOutputStream postscript = new ByteArrayOutputStream();
    private final List<PrintService> printers = new ArrayList<>();
    private MainViewModel vm;

    @Start
    void start(Stage ignored) throws Exception {
        editor.printers(() -> List.copyOf(printers)).show(dir, new AnsweredDialogs());
        vm = editor.vm();
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
    }

    private void poster(FxRobot robot) throws Exception {
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
    }

    private static void ctrlP(FxRobot robot) {
        robot.clickOn("#canvas").press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
    }

    @Test
    void ctrlPAsksAndPrintsTheCopiesChosen(FxRobot robot) throws Exception {
        printers.add(StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript")[0].getPrintService(postscript));
        poster(robot);

        ctrlP(robot);
        await(() -> showing(robot, "#print-dialog"));
        robot.clickOn(robot.lookup("#print-copies .text-field").queryAs(javafx.scene.Node.class))
                .eraseText(3).write("2");
        robot.clickOn("#print-ok");

        await(() -> robot.lookup(".notice").lookup(".label").tryQuery()
                .map(l -> ((Label) l).getText().contains("dikirim")).orElse(false));
        String said = robot.lookup(".notice").lookup(".label").queryAs(Label.class).getText();
        assertThat(said).isEqualTo("1 halaman dikirim ke printer " + printers.getFirst().getName() + " (2 salinan).");
        assertThat(postscript.toString(StandardCharsets.ISO_8859_1)).startsWith("%!PS").contains("/NumCopies 2");
    }

    @Test
    void withoutAPrinterCtrlPSaysSo(FxRobot robot) throws Exception {
        poster(robot);

        ctrlP(robot);
        await(() -> robot.lookup(".notice.error").tryQuery().isPresent());
        String said = robot.lookup(".notice.error").lookup(".label").queryAs(Label.class).getText();
        assertThat(said).startsWith("Tidak ada printer yang terpasang");
        assertThat(showing(robot, "#print-dialog")).isFalse();
    }
}
