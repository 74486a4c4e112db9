// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.model.CanvasSize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edges of a set: repeated presets, what already exists, a folder that cannot be made, a wrong format. */
class ExportSetEdgesTest {
    private static final CanvasSize SQUARE = new CanvasSize(1000, 1000);

    @TempDir
    Path dir;

    /** Records what it would write instead of encoding. */
    private final List<String> sunk = new ArrayList<>();
    private final ExportSetWriter writer = new ExportSetWriter(
            (image, target, options) -> sunk.add(image.getWidth() + "x" + image.getHeight() + " "
                    + target.getFileName()));

    @Test
    void aPresetAskedTwiceIsPlannedOnceInSetOrderWithItsHeightFromTheCanvas() {
        ExportSet set = ExportSet.plan(new CanvasSize(1000, 1005), List.of(ExportPreset.X, ExportPreset.WHATSAPP,
                ExportPreset.X), dir, "b", ImageFormat.PNG);

        assertThat(set.files()).extracting(f -> f.preset() + " " + f.width() + "x" + f.height() + " "
                + f.path().getFileName()).containsExactly("WHATSAPP 640x643 b-1-whatsapp-640.png",
                        "X 400x402 b-2-x-400.png");
        assertThat(set.folder()).isEqualTo(dir);
        assertThat(set.format()).isEqualTo(ImageFormat.PNG);
    }

    @Test
    void aSetNeedsAtLeastOneFile() {
        assertThatThrownBy(() -> ExportSet.plan(SQUARE, List.of(), dir, "b", ImageFormat.PNG))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void existingListsExactlyTheFilesOfTheSetThatAreThere() throws IOException {
        ExportSet set = ExportSet.plan(SQUARE, ExportPreset.suiting(SQUARE), dir, "b", ImageFormat.JPEG);
        assertThat(set.existing()).isEmpty();
        Files.writeString(dir.resolve("b-2-instagram-1080.jpg"), "x");
        Files.writeString(dir.resolve("b-4-facebook-720.jpg"), "x");
        Files.writeString(dir.resolve("lain.jpg"), "x");

        assertThat(set.existing()).containsExactly(dir.resolve("b-2-instagram-1080.jpg"),
                dir.resolve("b-4-facebook-720.jpg"));
    }

    @Test
    void theRefusalCountsAndNamesEveryExistingFileAndPointsAtTheFirst() throws IOException {
        ExportSet set = ExportSet.plan(SQUARE, ExportPreset.suiting(SQUARE), dir, "b", ImageFormat.JPEG);
        Files.writeString(dir.resolve("b-2-instagram-1080.jpg"), "x");
        Files.writeString(dir.resolve("b-4-facebook-720.jpg"), "x");

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> writer.check(set, false));

        assertThat(e.file()).isEqualTo(dir.resolve("b-2-instagram-1080.jpg"));
        assertThat(e.reason().key()).isEqualTo("export.set.error.exists");
        assertThat(e.reason().args()).containsExactly(2, "b-2-instagram-1080.jpg, b-4-facebook-720.jpg");
        writer.check(set, true);
    }

    @Test
    void withOverwriteAFileThatCannotBeReplacedStillRefusesTheSetBeforeAnythingIsWritten() throws IOException {
        ExportSet set = ExportSet.plan(SQUARE, ExportPreset.suiting(SQUARE), dir, "b", ImageFormat.PNG);
        Path folderInTheWay = Files.createDirectory(dir.resolve("b-3-x-400.png"));

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> writer.write(set, this::render,
                png(true), (d, t, f) -> { }));

        assertThat(e.file()).isEqualTo(folderInTheWay);
        assertThat(e.reason().key()).isEqualTo("export.error.isFolder");
        assertThat(sunk).isEmpty();
    }

    @Test
    void aMissingFolderIsNotCheckedFileByFileButMadeAndEveryFileWrittenInOrder() {
        Path folder = dir.resolve("a/b");
        ExportSet set = ExportSet.plan(SQUARE, ExportPreset.suiting(SQUARE), folder, "b", ImageFormat.PNG);
        List<String> told = new ArrayList<>();

        List<Path> written = writer.write(set, this::render, png(false),
                (done, total, f) -> told.add(done + "/" + total + " " + f.width()));

        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(written).containsExactly(set.files().stream().map(ExportSet.Entry::path).toArray(Path[]::new));
        assertThat(told).containsExactly("1/4 640", "2/4 1080", "3/4 400", "4/4 720");
        assertThat(sunk).containsExactly("640x640 b-1-whatsapp-640.png", "1080x1080 b-2-instagram-1080.png",
                "400x400 b-3-x-400.png", "720x720 b-4-facebook-720.png");
        assertThatThrownBy(() -> written.add(dir)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void optionsForAnotherFormatThanTheSetsAreAMistake() {
        ExportSet set = ExportSet.plan(SQUARE, List.of(ExportPreset.X), dir, "b", ImageFormat.JPEG);

        assertThatThrownBy(() -> writer.write(set, this::render, png(false), (d, t, f) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PNG").hasMessageContaining("JPEG");
        assertThat(sunk).isEmpty();
    }

    @Test
    void aFolderThatCannotBeMadeIsReportedNamingIt() throws IOException {
        // A dangling link: nothing "exists" on the way, yet the folder cannot be created through it.
        Path link = Files.createSymbolicLink(dir.resolve("tautan"), dir.resolve("tidak-ada"));
        Path folder = link.resolve("sub");
        ExportSet set = ExportSet.plan(SQUARE, List.of(ExportPreset.X), folder, "b", ImageFormat.PNG);

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> writer.write(set, this::render,
                png(false), (d, t, f) -> { }));

        assertThat(e.file()).isEqualTo(folder);
        assertThat(e.reason().key()).isEqualTo("export.error.io");
        assertThat(e.reason().args()).singleElement().asString().contains("tautan");
        assertThat(sunk).isEmpty();
    }

    private BufferedImage render(int width) {
        return new BufferedImage(width, width, BufferedImage.TYPE_INT_RGB);
    }

    private static ExportOptions png(boolean overwrite) {
        return new ExportOptions(ImageFormat.PNG, 0.9f, overwrite, List.of());
    }
}
