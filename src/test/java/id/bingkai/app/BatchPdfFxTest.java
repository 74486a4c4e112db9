// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static id.bingkai.app.TestWindows.await;
import static id.bingkai.app.TestWindows.showing;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.batch.CsvTemplate;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.TestPhotos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The batch dialog makes pledge cards as PDF from the real window: the built-in ikrar-a4 chosen in the editor, PDF
 * chosen as the format with "satu PDF untuk semua baris", three rows of which one lacks its photo. On disk: one
 * single-page PDF per good row with the row's name in its text, and one joined PDF beside the folder with a page
 * per good row in sheet order (reloaded with PDFBox).
 */
@ExtendWith(ApplicationExtension.class)
class BatchPdfFxTest {
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

    private Path sheet(Frame frame, Path folder) throws IOException {
        List<String> columns = CsvTemplate.forFrame(frame, new Messages(Locale.of("id"))).columns();
        List<String> lines = new ArrayList<>(List.of(String.join(";", columns)));
        String[][] rows = {{"Siti Aminah", "foto.jpg"}, {"Budi Santoso", "tidak-ada.jpg"}, {"Ani Lestari", "foto.jpg"}};
        for (String[] r : rows) {
            lines.add(String.join(";", columns.stream().map(c -> switch (c) {
                case "nama" -> r[0];
                case "foto" -> r[1];
                case "nip" -> "198001012005012001";
                default -> "Bagian Umum";
            }).toList()));
        }
        return Files.write(folder.resolve("pegawai.csv"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void pledgeCardsAsOnePdfPerRowAndOneJoinedPdfWithAPagePerRow(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        FramePack pack = vm.editor().document().pack();
        Frame ikrar = pack.frame("ikrar-a4").orElseThrow();
        robot.interact(() -> vm.editor().selectFrame(pack, ikrar));
        Path folder = Files.createDirectories(dir.resolve("kantor"));
        TestPhotos.jpeg(folder, "foto.jpg", 600, 800);
        dialogs.open = sheet(ikrar, folder);

        robot.clickOn("#batch-open");
        await(() -> showing(robot, "#batch-dialog"));
        robot.clickOn("#batch-choose-csv");
        await(() -> showing(robot, "#batch-sheet-name"));
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> format = robot.lookup("#batch-format").queryAs(ChoiceBox.class);
        assertThat(format.getItems()).as("PNG, JPEG and PDF for a print frame").hasSize(3);
        robot.interact(() -> format.getSelectionModel().select(2));
        await(() -> showing(robot, "#batch-single-pdf"));
        assertThat(robot.lookup("#batch-single-pdf").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#batch-example").queryAs(Label.class).getText()).contains("Siti Aminah.pdf");
        assertThat(robot.lookup("#batch-size").query().isDisabled()).as("a PDF has its physical size").isTrue();

        robot.clickOn("#batch-start");
        await(() -> showing(robot, "#batch-summary"));

        Path out = folder.resolve("hasil-pegawai");
        Path joined = folder.resolve("hasil-pegawai.pdf");
        assertThat(robot.lookup("#batch-summary").queryAs(Label.class).getText()).startsWith("2 selesai, 1 gagal")
                .contains(joined.toString());
        for (String name : List.of("Siti Aminah", "Ani Lestari")) {
            try (PDDocument pdf = Loader.loadPDF(out.resolve(name + ".pdf").toFile())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                assertThat(new PDFTextStripper().getText(pdf)).contains(name);
            }
        }
        assertThat(out.resolve("Budi Santoso.pdf")).doesNotExist();
        try (PDDocument pdf = Loader.loadPDF(joined.toFile())) {
            assertThat(pdf.getNumberOfPages()).as("a page per good row").isEqualTo(2);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(pdf)).contains("Siti Aminah").doesNotContain("Ani Lestari");
            text.setStartPage(2);
            text.setEndPage(2);
            assertThat(text.getText(pdf)).contains("Ani Lestari");
        }
    }
}
