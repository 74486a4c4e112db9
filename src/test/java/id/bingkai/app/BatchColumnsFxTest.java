// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static id.bingkai.app.TestWindows.await;
import static id.bingkai.app.TestWindows.showing;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.TestPhotos;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The humas officer's real spreadsheet in the batch dialog: Excel's plain CSV (Windows-1252, CRLF, {@code ;}) whose
 * headers are "Nama Lengkap" and "Unit Kerja". The dialog says how it read the file, waits until every field has a
 * column, maps one through its drop-down and the other through the proposal, and the images carry the right names.
 */
@ExtendWith(ApplicationExtension.class)
class BatchColumnsFxTest {
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

    @Test
    void aWindows1252SheetWithOtherHeadersIsReadAndMappedThroughTheDropDowns(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        Path folder = Files.createDirectories(dir.resolve("humas"));
        TestPhotos.jpeg(Files.createDirectories(folder.resolve("foto")), "desiree.jpg", 900, 700);
        TestPhotos.jpeg(folder.resolve("foto"), "budi.jpg", 700, 900);
        dialogs.open = Files.write(folder.resolve("pegawai.csv"), ("Nama Lengkap;Unit Kerja;NIP;foto\r\n"
                + "Désirée Nuñez;Humas;198001012005012001;foto\\desiree.jpg\r\n"
                + "Budi Santoso;Biro Umum;198101012005011002;foto/budi.jpg\r\n").getBytes(Charset.forName("windows-1252")));

        robot.clickOn("#batch-open");
        await(() -> showing(robot, "#batch-dialog"));
        robot.clickOn("#batch-choose-csv");
        await(() -> showing(robot, "#batch-sheet-name"));
        assertThat(robot.lookup("#batch-sheet-encoding").queryAs(Label.class).getText()).contains("Windows-1252");
        assertThat(robot.lookup("#batch-start").query().isDisabled()).as("no field has a column yet").isTrue();
        assertThat(robot.lookup("#batch-column-proposals").queryAs(Label.class).getText())
                .contains("nama ← \"Nama Lengkap\"").contains("unit ← \"Unit Kerja\"");
        ComboBox<String> nama = robot.lookup("#batch-column-nama").queryComboBox();
        assertThat(nama.getValue()).as("proposed, not chosen").isNull();

        robot.clickOn("#batch-column-nama");
        robot.clickOn(robot.lookup(".list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "Nama Lengkap".equals(c.getText())).<Node>query());
        await(() -> "Nama Lengkap".equals(nama.getValue()));
        assertThat(robot.lookup("#batch-start").query().isDisabled()).as("unit still waits").isTrue();
        assertThat(robot.lookup("#batch-column-proposals").queryAs(Label.class).getText())
                .doesNotContain("nama ←").contains("unit ← \"Unit Kerja\"");
        robot.clickOn("#batch-accept-proposals");
        await(() -> !robot.lookup("#batch-start").query().isDisabled());
        assertThat(robot.lookup("#batch-column-unit").queryComboBox().getValue()).isEqualTo("Unit Kerja");
        assertThat(robot.lookup("#batch-example").queryAs(Label.class).getText()).contains("Désirée Nuñez.jpg");

        robot.clickOn("#batch-start");
        await(() -> showing(robot, "#batch-summary"));
        assertThat(robot.lookup("#batch-summary").queryAs(Label.class).getText()).isEqualTo("2 selesai, 0 gagal");
        Path out = folder.resolve("hasil-pegawai");
        assertThat(out.resolve("Désirée Nuñez.jpg")).isRegularFile();
        assertThat(out.resolve("Budi Santoso.jpg")).isRegularFile();
        List<String> report = Files.readAllLines(out.resolve("report.csv"), StandardCharsets.UTF_8);
        assertThat(report.get(1)).isEqualTo("2;ok;Désirée Nuñez.jpg;foto\\desiree.jpg;;");
    }
}
