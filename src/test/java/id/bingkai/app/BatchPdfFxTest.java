// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.FileDialogs;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import org.testfx.util.WaitForAsyncUtils;

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
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private Path csv;
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage ignored) throws Exception {
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> openFile(Window owner, String title, Path folder, List<Filter> filters) {
                return Optional.ofNullable(csv);
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, Path folder, String name,
                    List<Filter> filters) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFolder(Window owner, String title, Path folder) {
                return Optional.empty();
            }
        };
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

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
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
        csv = sheet(ikrar, folder);

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
