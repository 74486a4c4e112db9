// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.ImageBytes;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportSetTest {
    private static final CanvasSize SQUARE = new CanvasSize(1080, 1080);
    private static final CanvasSize STORY = new CanvasSize(1080, 1920);
    private static final CanvasSize A4 = new CanvasSize(2480, 3508);

    @TempDir
    Path dir;

    private final ExportSetWriter writer = new ExportSetWriter(new ImageExporter());
    private final List<Integer> rendered = new ArrayList<>();

    @Test
    void aSquareFrameSuitsTheFourProfileSizesAStoryFrameTheStatusAndAPosterNone() {
        assertThat(ExportPreset.suiting(SQUARE)).containsExactly(ExportPreset.WHATSAPP, ExportPreset.INSTAGRAM,
                ExportPreset.X, ExportPreset.FACEBOOK);
        assertThat(ExportPreset.suiting(STORY)).containsExactly(ExportPreset.STATUS);
        assertThat(ExportPreset.suiting(A4)).isEmpty();
    }

    @Test
    void presetsAreFoundByTheirCommandLineName() {
        assertThat(ExportPreset.byId(" WhatsApp ")).contains(ExportPreset.WHATSAPP);
        assertThat(ExportPreset.byId("x")).contains(ExportPreset.X);
        assertThat(ExportPreset.byId("tiktok")).isEmpty();
    }

    @Test
    void namesSortTogetherInSetOrderAndSayWhatTheyAreFor() {
        ExportSet set = ExportSet.plan(SQUARE, List.of(ExportPreset.FACEBOOK, ExportPreset.WHATSAPP,
                ExportPreset.X, ExportPreset.INSTAGRAM), dir, "bingkai-lingkaran-siti", ImageFormat.JPEG);

        assertThat(set.files()).extracting(f -> f.path().getFileName().toString()).containsExactly(
                "bingkai-lingkaran-siti-1-whatsapp-640.jpg", "bingkai-lingkaran-siti-2-instagram-1080.jpg",
                "bingkai-lingkaran-siti-3-x-400.jpg", "bingkai-lingkaran-siti-4-facebook-720.jpg");
        List<String> sorted = set.files().stream().map(f -> f.path().getFileName().toString()).sorted().toList();
        assertThat(sorted).as("a file manager lists them in set order")
                .isEqualTo(set.files().stream().map(f -> f.path().getFileName().toString()).toList());
    }

    @Test
    void theStatusSetHasTheStorySize() {
        ExportSet set = ExportSet.plan(STORY, ExportPreset.suiting(STORY), dir, "b", ImageFormat.PNG);
        assertThat(set.files()).singleElement().satisfies(f -> {
            assertThat(f.width()).isEqualTo(1080);
            assertThat(f.height()).isEqualTo(1920);
            assertThat(f.path().getFileName()).hasToString("b-1-status-1080.png");
        });
    }

    @Test
    void aPresetThatDoesNotSuitTheFrameIsNotPlanned() {
        assertThatThrownBy(() -> ExportSet.plan(SQUARE, List.of(ExportPreset.STATUS), dir, "b", ImageFormat.PNG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    }

    @Test
    void everyFileIsWrittenAtItsSizeWithTheCampaignTag() throws Exception {
        ExportSet set = ExportSet.plan(SQUARE, ExportPreset.suiting(SQUARE), dir.resolve("baru/folder"), "b",
                ImageFormat.JPEG);
        List<String> told = new ArrayList<>();

        List<Path> written = writer.write(set, this::render, jpeg(false),
                (done, total, f) -> told.add(done + "/" + total + " " + f.preset().id()));

        assertThat(written).hasSize(4).allSatisfy(p -> assertThat(p).startsWith(dir.resolve("baru/folder")));
        assertThat(told).containsExactly("1/4 whatsapp", "2/4 instagram", "3/4 x", "4/4 facebook");
        for (ExportSet.Entry f : set.files()) {
            BufferedImage back = ImageIO.read(f.path().toFile());
            assertThat(back.getWidth()).as(f.preset().id()).isEqualTo(f.width());
            assertThat(back.getHeight()).isEqualTo(f.width());
            String xmp = new String(ImageBytes.metadataBytes(Files.readAllBytes(f.path())), StandardCharsets.UTF_8);
            assertThat(xmp).contains(FramePack.CAMPAIGN_TAG);
        }
        assertThat(rendered).containsExactly(640, 1080, 400, 720);
    }

    @Test
    void oneExistingFileRefusesTheWholeSetBeforeAnythingIsRendered() throws Exception {
        ExportSet set = ExportSet.plan(SQUARE, ExportPreset.suiting(SQUARE), dir, "b", ImageFormat.JPEG);
        Path mine = set.files().get(2).path();
        Files.writeString(mine, "the user's own file");

        assertThatThrownBy(() -> writer.write(set, this::render, jpeg(false), (d, t, f) -> { }))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.file()).isEqualTo(mine);
                    assertThat(e.reason().key()).isEqualTo("export.set.error.exists");
                    assertThat(e.reason().args()).contains("b-3-x-400.jpg");
                });
        assertThat(rendered).isEmpty();
        assertThat(Files.readString(mine)).isEqualTo("the user's own file");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(mine);
        }
    }

    @Test
    void overwritingReplacesTheExistingFiles() throws Exception {
        ExportSet set = ExportSet.plan(SQUARE, List.of(ExportPreset.X), dir, "b", ImageFormat.JPEG);
        Files.writeString(set.files().getFirst().path(), "old");

        writer.write(set, this::render, jpeg(true), (d, t, f) -> { });

        assertThat(ImageIO.read(set.files().getFirst().path().toFile()).getWidth()).isEqualTo(400);
    }

    @Test
    void aFolderPathThroughAFileIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("berkas"), "x");
        ExportSet set = ExportSet.plan(SQUARE, List.of(ExportPreset.X), file.resolve("sub"), "b", ImageFormat.PNG);

        assertThatThrownBy(() -> writer.write(set, this::render, new ExportOptions(ImageFormat.PNG, 0.9f, false,
                List.of()), (d, t, f) -> { }))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("export.error.notAFolder"));
    }

    private BufferedImage render(int width) {
        rendered.add(width);
        BufferedImage image = new BufferedImage(width, width, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, width);
        g.dispose();
        return image;
    }

    private static ExportOptions jpeg(boolean overwrite) {
        return new ExportOptions(ImageFormat.JPEG, 0.9f, overwrite, List.of("Kementerian X"));
    }
}
