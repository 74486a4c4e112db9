// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Severity;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.TextField;
import id.bingkai.core.render.Renderer;
import id.bingkai.testing.ImageComparison;
import id.bingkai.testing.PortraitPhotos;
import id.bingkai.testing.TestFrames;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Draws the pictures of docs/guidelines.md: designs rendered by the core renderer with the guides and the
 * findings drawn over them. They land in target/guideline-pictures; run with
 * {@code -Dbingkai.docs.images=docs/images} to refresh the committed copies.
 */
class GuidelinePicturesTest {
    private static final int ORANGE = 0xFFEC5425;
    private static final int YELLOW = 0xFFFAB92C;
    private static final int DARK = 0xFF1F1A17;
    private static final long MAX_BYTES = 50_000;
    private static final Path COMMITTED = Path.of("docs", "images");

    private final Renderer renderer = new Renderer(RuleChecks.FONTS);
    private final PortraitPhotos photos = new PortraitPhotos();

    @Test
    void picturesOfEveryGuideMatchTheCommittedOnesAndAreSmallPngs() throws IOException {
        Path dir = Path.of("target", "guideline-pictures");
        Files.createDirectories(dir);
        List<Path> written = List.of(
                write(dir, "guideline-circle.png", screen(badge(new Rect(880, 40, 160, 160)), 360)),
                write(dir, "guideline-story.png", screen(story(), 240)),
                write(dir, "guideline-print.png", print(poster(), 300)),
                write(dir, "guideline-previews.png", previews(badge(new Rect(470, 40, 140, 140)))));
        String docs = System.getProperty("bingkai.docs.images");
        for (Path p : written) {
            assertThat(Files.size(p)).as(p.toString()).isLessThan(MAX_BYTES);
            if (docs == null) {
                // The committed pictures are the goldens: a blank, shifted or recoloured picture fails here; anti-aliased
                // edges may move by a shade.
                BufferedImage golden = ImageIO.read(COMMITTED.resolve(p.getFileName()).toFile());
                assertThat(golden).as("docs/images/%s", p.getFileName()).isNotNull();
                ImageComparison.of(golden, ImageIO.read(p.toFile())).tolerance(32).maxDifferentFraction(0.01)
                        .named(p.getFileName().toString().replace(".png", "")).assertMatches();
            }
        }
        if (docs != null) {
            Files.createDirectories(Path.of(docs));
            for (Path p : written) {
                Files.copy(p, Path.of(docs).resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private BufferedImage screen(Document doc, int width) {
        GuidelineReport report = RuleChecks.CHECKER.check(doc, CheckOptions.screen(GuidelineSettings.DEFAULT), photos);
        BufferedImage image = renderer.render(doc, width, photos);
        List<Overlay> overlays = GuidelineOverlays.forFrame(doc.frame(), GuidelineSettings.DEFAULT, Optional.empty());
        return OverlayPictures.draw(image, (double) width / doc.frame().canvas().width(), overlays,
                report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
    }

    private BufferedImage print(Document doc, int width) {
        GuidelineReport report = RuleChecks.CHECKER.check(doc, CheckOptions.print(GuidelineSettings.DEFAULT,
                PrintSpec.A4), photos);
        BufferedImage image = renderer.render(doc, width, photos);
        List<Overlay> overlays = GuidelineOverlays.forFrame(doc.frame(), GuidelineSettings.DEFAULT,
                Optional.of(PrintSpec.A4));
        return OverlayPictures.draw(image, (double) width / doc.frame().canvas().width(), overlays,
                report.findings());
    }

    /** The design at each platform's real size: WhatsApp 56, Instagram 110, Facebook 128 and 170 px. */
    private BufferedImage previews(Document doc) {
        BufferedImage design = renderer.render(doc, 340, photos);
        List<Platform> circles = List.of(Platform.WHATSAPP, Platform.INSTAGRAM, Platform.FACEBOOK_MOBILE,
                Platform.FACEBOOK_DESKTOP);
        int gap = 16;
        int width = gap + circles.stream().mapToInt(p -> p.displayPx() + gap).sum();
        BufferedImage out = new BufferedImage(width, 170 + 2 * gap, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(0xF2F2F2));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        int x = gap;
        for (Platform p : circles) {
            BufferedImage small = renderer.render(doc, p.displayPx(), photos);
            g.drawImage(OverlayPictures.inCircle(small, p.displayPx()), x, out.getHeight() - gap - p.displayPx(), null);
            x += p.displayPx() + gap;
        }
        g.dispose();
        assertThat(design.getWidth()).isEqualTo(340);
        return out;
    }

    /** A circle badge with the logo where the caller puts it. */
    private static Document badge(Rect logo) {
        Frame frame = frame("lencana", FrameKind.PROFILE, 1080, 1080,
                PhotoSlot.of("foto", SlotShape.ELLIPSE, new Rect(190, 150, 700, 700)),
                shape("latar", new Rect(0, 0, 1080, 1080), new Fill.Linear(90, List.of(new Fill.Stop(0, YELLOW),
                        new Fill.Stop(1, ORANGE))), LayerPosition.BELOW),
                TestFrames.logo("lambang", logo),
                shape("pita", new Rect(90, 800, 900, 150), new Fill.Solid(DARK), LayerPosition.ABOVE),
                TestFrames.tag(new Rect(190, 815, 700, 120), 84, 0xFFFFFFFF));
        return withPortrait(frame);
    }

    private static Document story() {
        Frame frame = frame("status", FrameKind.STATUS, 1080, 1920,
                PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(120, 420, 840, 900)),
                shape("latar", new Rect(0, 0, 1080, 1920), new Fill.Solid(DARK), LayerPosition.BELOW),
                TestFrames.logo("lambang", new Rect(460, 290, 160, 160)),
                TestFrames.text("judul", LayerRole.TEXT, new Rect(90, 1360, 900, 110), "ASN PILIH NETRAL", 84,
                        YELLOW),
                TestFrames.tag(new Rect(90, 1640, 900, 120), 90, 0xFFFFFFFF));
        return withPortrait(frame);
    }

    private static Document poster() {
        Frame frame = frame("poster", FrameKind.POSTER, 2551, 3579,
                PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(0, 0, 2551, 2300)),
                shape("latar", new Rect(0, 0, 2551, 3579), new Fill.Solid(ORANGE), LayerPosition.BELOW),
                TestFrames.text("judul", LayerRole.TEXT, new Rect(40, 2450, 2300, 330), "ASN PILIH NETRAL", 300,
                        0xFFFFFFFF),
                TestFrames.tag(new Rect(300, 2950, 1951, 260), 220, DARK));
        return withPortrait(frame);
    }

    private static Frame frame(String id, FrameKind kind, int w, int h, PhotoSlot slot, Layer... layers) {
        return new Frame(id, LocalizedText.of(id), kind, new CanvasSize(w, h), Optional.of(0xFFFFFFFF), List.of(slot),
                List.of(layers), List.of(new TextField("nama", LocalizedText.of("Nama"), "", 40)), false);
    }

    private static Layer.Shape shape(String id, Rect bounds, Fill fill, LayerPosition position) {
        return new Layer.Shape(id, LayerRole.DECORATION, position, bounds, ShapeKind.RECTANGLE, 0, Optional.of(fill),
                Optional.empty(), 1);
    }

    private static Document withPortrait(Frame frame) {
        return Document.of(TestFrames.pack(frame), frame).withPhoto(frame.primarySlot().id(),
                new PlacedPhoto(PortraitPhotos.PORTRAIT, Placement.COVER));
    }

    private static Path write(Path dir, String name, BufferedImage image) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
