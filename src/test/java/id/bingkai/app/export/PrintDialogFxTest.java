// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.PrintSize;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Bingkai's print dialog, clicked as a user would: in Indonesian, the default printer first, the choice returned. */
@ExtendWith(ApplicationExtension.class)
class PrintDialogFxTest {
    private static final PrintSize A4 = new PrintSize(210, 297, 3);
    private final Messages m = new Messages(Messages.INDONESIAN);
    private final CompletableFuture<Optional<PrintRequest>> answer = new CompletableFuture<>();

    private Scene open(PrintPrompt prompt) throws Exception {
        Platform.runLater(() -> answer.complete(PrintDialog.ask(null, m, prompt)));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (dialog().isEmpty() && System.nanoTime() < until) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        Scene scene = dialog().orElseThrow(() -> new AssertionError("the print dialog did not open")).getScene();
        WaitForAsyncUtils.waitForFxEvents(); // laid out: the button bar's buttons exist after the first pulse
        return scene;
    }

    private static Optional<Window> dialog() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#print-dialog") != null)
                .findFirst();
    }

    @AfterEach
    void closeLeftOver() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> dialog().ifPresent(Window::hide)).get(30, TimeUnit.SECONDS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChoiceTypedAndClickedIsWhatComesBack(FxRobot robot) throws Exception {
        Scene scene = open(new PrintPrompt(List.of(new PrintPrompt.Printer("Kantor", "HP LaserJet", true, false),
                new PrintPrompt.Printer("Humas", "", true, true)), 1, false, A4));

        ComboBox<PrintPrompt.Printer> printer = (ComboBox<PrintPrompt.Printer>) scene.lookup("#print-printer");
        assertThat(printer.getValue().name()).as("the system's default printer preselected").isEqualTo("Humas");
        assertThat(printer.getItems()).extracting(p -> printer.getConverter().toString(p))
                .containsExactly("Kantor — HP LaserJet", "Humas (bawaan sistem)");
        assertThat(((Label) scene.lookup("#print-page")).getText()).isEqualTo(
                "Halaman PDF 216 × 303 mm (ukuran jadi 210 × 297 mm, bleed 3 mm). Halaman diperkecil menjadi 97 % "
                        + "agar muat di kertas ini: cocok untuk cetak coba. Untuk ukuran asli, simpan PDF dan bawa "
                        + "ke percetakan.");
        ComboBox<PrintPaper> paper = (ComboBox<PrintPaper>) scene.lookup("#print-paper");
        assertThat(paper.getValue()).as("office paper first").isEqualTo(PrintPaper.A4);
        assertThat(scene.lookup("#print-printer-paused").isVisible()).isFalse();

        robot.interact(() -> printer.getSelectionModel().select(0));
        Spinner<Integer> copies = (Spinner<Integer>) scene.lookup("#print-copies");
        robot.clickOn(copies.getEditor()).eraseText(3).write("12"); // typed, no Enter
        robot.clickOn("#print-crop-marks");
        assertThat(((CheckBox) scene.lookup("#print-crop-marks")).isSelected()).isTrue();
        robot.interact(() -> paper.setValue(PrintPaper.PAGE));
        assertThat(((Label) scene.lookup("#print-page")).getText()).startsWith("Halaman PDF 236 × 323 mm (")
                .contains("tanda potong 10 mm di tiap sisi").endsWith("hanya memuat A4 atau F4.");
        robot.clickOn("#print-ok");

        assertThat(answer.get(30, TimeUnit.SECONDS)).contains(new PrintRequest(0, 12, true, PrintPaper.PAGE));
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAPausedPrinterSaysSoWithoutCuttingOrMovingAnything(FxRobot robot) throws Exception {
        Scene scene = open(new PrintPrompt(List.of(new PrintPrompt.Printer("Humas", "", true, true),
                new PrintPrompt.Printer("Lab", "Epson L3110", false, false)), 0, false, A4));
        Label paused = (Label) scene.lookup("#print-printer-paused");
        Label page = (Label) scene.lookup("#print-page");
        double before = scene.getHeight();
        assertThat(paused.isVisible()).isFalse();

        robot.interact(() -> ((ComboBox<PrintPrompt.Printer>) scene.lookup("#print-printer")).getSelectionModel()
                .select(1));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(paused.isVisible()).isTrue();
        assertThat(scene.getHeight()).as("its place was kept").isEqualTo(before);
        for (Label label : new Label[] {paused, page}) {
            assertThat(label.getHeight()).as(label.getId() + " laid out whole")
                    .isGreaterThanOrEqualTo(label.prefHeight(label.getWidth()) - 0.5);
        }
        Button ok = (Button) scene.lookup("#print-ok");
        assertThat(page.localToScene(page.getBoundsInLocal()).getMaxY()).as("the page line above the buttons")
                .isLessThanOrEqualTo(ok.localToScene(ok.getBoundsInLocal()).getMinY());
    }

    @Test
    void aPausedPrinterIsSaidAndCancelGivesNothing(FxRobot robot) throws Exception {
        Scene scene = open(new PrintPrompt(List.of(new PrintPrompt.Printer("Lab", "Epson L3110", false, false)), 0,
                true, A4));

        Label paused = (Label) scene.lookup("#print-printer-paused");
        assertThat(paused.isVisible()).isTrue();
        assertThat(paused.getText()).startsWith("Printer ini sedang tidak menerima pekerjaan");
        assertThat(((CheckBox) scene.lookup("#print-crop-marks")).isSelected()).as("as the export dialog had it")
                .isTrue();
        assertThat(((Button) scene.lookup("#print-ok")).getText()).isEqualTo("Cetak");
        robot.type(KeyCode.ESCAPE);

        assertThat(answer.get(30, TimeUnit.SECONDS)).isEmpty();
    }
}
