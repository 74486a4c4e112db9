// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static id.bingkai.app.TestWindows.await;
import static id.bingkai.app.TestWindows.showing;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.batch.RowResult;
import id.bingkai.testing.TestPhotos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The batch dialog from the real window (Headless platform, glass robot): open it from the header, save the CSV
 * template and choose a CSV of three (one photo missing) through file dialogs the test answers, run it, and find
 * two images on disk and the failed row in the list.
 */
@ExtendWith(ApplicationExtension.class)
class BatchWindowFxTest {
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
    void threeRowsMakeTwoImagesAndTheRowWithoutItsPhotoIsShownWithTheReason(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        Path folder = Files.createDirectories(dir.resolve("kantor"));
        TestPhotos.jpeg(Files.createDirectories(folder.resolve("foto")), "siti.jpg", 900, 700);
        TestPhotos.jpeg(folder.resolve("foto"), "ani.jpg", 700, 900);

        robot.clickOn("#batch-open");
        await(() -> showing(robot, "#batch-dialog"));
        assertThat(robot.lookup("#batch-intro").queryAs(Label.class).getText())
                .contains(vm.editor().document().frame().name().get(Locale.of("id")));

        dialogs.save = folder.resolve("templat.csv");
        robot.clickOn("#batch-template");
        await(() -> Files.exists(dialogs.save) && showing(robot, "#batch-template-saved"));
        String header = Files.readAllLines(dialogs.save, StandardCharsets.UTF_8).getFirst().replace("\uFEFF", "");
        List<String> columns = List.of(header.split(";"));
        assertThat(columns).as("the frame's fields and the photo").contains("nama", "foto");

        List<String> lines = new ArrayList<>(List.of(header));
        lines.add(row(columns, "Siti Aminah", "foto/siti.jpg"));
        lines.add(row(columns, "Budi", "foto/tidak-ada.jpg"));
        lines.add(row(columns, "Ani", "foto/ani.jpg"));
        dialogs.open = Files.write(folder.resolve("pegawai.csv"), lines, StandardCharsets.UTF_8);
        robot.clickOn("#batch-choose-csv");
        await(() -> showing(robot, "#batch-sheet-name"));
        assertThat(robot.lookup("#batch-sheet-name").queryAs(Label.class).getText()).contains("3 baris");
        assertThat(robot.lookup("#batch-example").queryAs(Label.class).getText()).contains("Siti Aminah.jpg");

        robot.clickOn("#batch-start");
        await(() -> showing(robot, "#batch-summary"));
        assertThat(robot.lookup("#batch-summary").queryAs(Label.class).getText()).isEqualTo("2 selesai, 1 gagal");
        Path out = folder.resolve("hasil-pegawai");
        assertThat(out.resolve("Siti Aminah.jpg")).isRegularFile();
        assertThat(out.resolve("Ani.jpg")).isRegularFile();
        assertThat(out.resolve("Budi.jpg")).doesNotExist();
        assertThat(out.resolve("report.csv")).isRegularFile();
        ListView<RowResult> failed = robot.lookup("#batch-failures").queryListView();
        assertThat(failed.getItems()).extracting(RowResult::row).containsExactly(3);
        assertThat(robot.lookup(".list-cell").queryAllAs(ListCell.class)).extracting(ListCell::getText)
                .anySatisfy(text -> assertThat(String.valueOf(text)).startsWith("Baris 3 · Budi.jpg: Foto tidak")
                        .contains("tidak-ada.jpg"));
        assertThat(robot.lookup("#batch-open-report").query().isDisabled()).isFalse();
        assertThat(dialogs.asked).containsExactly("save templat-" + vm.editor().document().frame().id() + ".csv [*.csv, *.CSV]",
                "open [*.csv, *.CSV]");

        robot.clickOn("#batch-close");
        await(() -> !showing(robot, "#batch-dialog"));
        robot.clickOn("#canvas").press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        await(() -> showing(robot, "#batch-dialog"));
    }

    @Test
    void closingWhileItRunsAsksThenStopsAfterTheRowsInFlightAndTheReportListsTheRest(FxRobot robot)
            throws Exception {
        await(() -> vm.readyProperty().get());
        Path folder = Files.createDirectories(dir.resolve("besar"));
        TestPhotos.jpeg(folder, "foto.jpg", 1600, 1200);
        List<String> lines = new ArrayList<>(List.of("nama;unit;foto"));
        for (int i = 1; i <= 200; i++) {
            lines.add("Pegawai " + i + ";Biro Umum;foto.jpg");
        }
        dialogs.open = Files.write(folder.resolve("pegawai.csv"), lines, StandardCharsets.UTF_8);
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        await(() -> showing(robot, "#batch-dialog"));
        robot.clickOn("#batch-choose-csv");
        await(() -> showing(robot, "#batch-sheet-name"));
        robot.clickOn("#batch-start");
        await(() -> robot.lookup("#batch-status").queryAs(Label.class).getText().matches("[1-9]\\d*/200 .*"));

        robot.clickOn("#batch-close");
        await(() -> robot.lookup("Hentikan dan tutup").tryQuery().isPresent());
        robot.clickOn("Hentikan dan tutup");
        await(() -> !showing(robot, "#batch-dialog"));

        Path out = folder.resolve("hasil-pegawai");
        List<String> report = Files.readAllLines(out.resolve("report.csv"), StandardCharsets.UTF_8);
        long made = report.stream().filter(l -> l.contains(";ok;")).count();
        long stopped = report.stream().filter(l -> l.contains(";not-run;") && l.contains("dihentikan")).count();
        assertThat(report).hasSize(201);
        assertThat(made + stopped).isEqualTo(200);
        assertThat(stopped).as("stopped long before the end").isGreaterThan(100);
        try (var files = Files.list(out)) {
            assertThat(files.filter(p -> !p.getFileName().toString().equals("report.csv")).count())
                    .as("one image per row made, no temporary file left").isEqualTo(made);
        }
    }

    /** A CSV row in the template's columns: the name, the photo, and a work unit wherever the frame has one. */
    private static String row(List<String> columns, String name, String photo) {
        return String.join(";", columns.stream().map(c -> switch (c) {
            case "nama" -> name;
            case "foto" -> photo;
            default -> "Biro Umum";
        }).toList());
    }
}
