// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.FileDialogs;
import id.bingkai.testing.TestPhotos;
import id.bingkai.core.i18n.Messages;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/**
 * The humas officer's real spreadsheet in the batch dialog: Excel's plain CSV (Windows-1252, CRLF, {@code ;}) whose
 * headers are "Nama Lengkap" and "Unit Kerja". The dialog says how it read the file, waits until every field has a
 * column, maps one through its drop-down and the other through the proposal, and the images carry the right names.
 */
@ExtendWith(ApplicationExtension.class)
class BatchColumnsFxTest {
    @TempDir
    static Path dir;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private MainViewModel vm;
    private MainWindow window;
    private Path sheet;

    /** The open dialog answers with the sheet; nothing else is asked. */
    private final class Answered implements FileDialogs {
        @Override
        public Optional<Path> openFile(Window owner, String title, Path folder, List<Filter> filters) {
            return Optional.ofNullable(sheet);
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
    void aWindows1252SheetWithOtherHeadersIsReadAndMappedThroughTheDropDowns(FxRobot robot) throws Exception {
        await(() -> vm.readyProperty().get());
        Path folder = Files.createDirectories(dir.resolve("humas"));
        TestPhotos.jpeg(Files.createDirectories(folder.resolve("foto")), "desiree.jpg", 900, 700);
        TestPhotos.jpeg(folder.resolve("foto"), "budi.jpg", 700, 900);
        sheet = Files.write(folder.resolve("pegawai.csv"), ("Nama Lengkap;Unit Kerja;NIP;foto\r\n"
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
