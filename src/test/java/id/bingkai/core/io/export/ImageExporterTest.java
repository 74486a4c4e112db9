// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.ImageBytes;
import id.bingkai.testing.ImageComparison;
import id.bingkai.testing.SyntheticPhotos;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ImageExporterTest {
    /** What both JPEG encoders write, segment by segment: JFIF, XMP, two quantisation tables, baseline, 4 tables. */
    static final String[] JPEG_STRUCTURE = {"APP0", "APP1", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS",
        "EOI"};
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    @TempDir
    Path dir;

    private final ImageExporter exporter = new ImageExporter();

    @Test
    void pngRoundTripKeepsSizeAndPixelsAndCarriesTheTagAsXmp() throws Exception {
        BufferedImage image = renderLike(320, 240, true);
        Path file = dir.resolve("hasil.png");

        exporter.write(image, file, png(List.of("Kementerian X")));

        byte[] bytes = Files.readAllBytes(file);
        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(back.getWidth()).isEqualTo(320);
        assertThat(back.getHeight()).isEqualTo(240);
        ImageComparison.of(image, back).tolerance(2).named("png-round-trip").assertMatches();
        assertThat(keywords(ImageBytes.pngXmp(bytes))).containsExactly(FramePack.CAMPAIGN_TAG, "Kementerian X");
        assertThat(ImageBytes.pngStructure(bytes)).as("every chunk in order, none de-duplicated")
                .containsExactly("IHDR", "iTXt", "IDAT", "IEND");
    }

    @Test
    void opaqueImagesBecomeRgbPngAndTransparentOnesRgba() throws Exception {
        Path opaque = dir.resolve("opaque.png");
        Path clear = dir.resolve("clear.png");
        exporter.write(renderLike(64, 64, false), opaque, png(List.of()));
        exporter.write(renderLike(64, 64, true), clear, png(List.of()));

        assertThat(colourType(Files.readAllBytes(opaque))).isEqualTo(2); // truecolour
        assertThat(colourType(Files.readAllBytes(clear))).isEqualTo(6); // truecolour with alpha
        assertThat(ImageBytes.pngChunks(Files.readAllBytes(clear)).getFirst().data()[8]).as("bit depth").isEqualTo(
                (byte) 8);
    }

    @Test
    void jpegIsBaselineJfif420WithXmpRightAfterTheJfifHeader() throws Exception {
        BufferedImage image = SyntheticPhotos.draw(400, 300);
        Path file = dir.resolve("hasil.jpg");

        exporter.write(image, file, jpeg(0.95f, List.of("Pemda Y")));

        byte[] bytes = Files.readAllBytes(file);
        List<ImageBytes.Segment> segments = ImageBytes.jpegSegments(bytes);
        assertThat(segments.get(0).marker()).isEqualTo(0xFFE0);
        assertThat(new String(segments.get(0).payload(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("JFIF\0");
        assertThat(segments.get(1).marker()).isEqualTo(0xFFE1);
        assertThat(keywords(ImageBytes.jpegXmp(bytes))).containsExactly(FramePack.CAMPAIGN_TAG, "Pemda Y");
        ImageBytes.Segment sof = segments.stream().filter(s -> s.marker() >= 0xFFC0 && s.marker() <= 0xFFC2)
                .findFirst().orElseThrow();
        assertThat(sof.marker()).as("SOF0, baseline").isEqualTo(0xFFC0);
        assertThat(sof.payload()[5]).as("components").isEqualTo((byte) 3);
        assertThat(sof.payload()[7]).as("luma sampling 2x2 (4:2:0)").isEqualTo((byte) 0x22);
        assertThat(segments.stream().map(ImageBytes.Segment::marker))
                .as("no APP segments but JFIF and XMP (no EXIF, ICC, Adobe, IPTC)")
                .filteredOn(m -> m >= 0xFFE0 && m <= 0xFFEF).containsExactly(0xFFE0, 0xFFE1);
        assertThat(ImageBytes.jpegStructure(bytes)).as("every segment in order: no COM, nothing after the picture")
                .containsExactly(JPEG_STRUCTURE);

        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(back.getWidth()).isEqualTo(400);
        assertThat(back.getHeight()).isEqualTo(300);
        ImageComparison.of(image, back).tolerance(24).maxDifferentFraction(0.01).named("jpeg-round-trip")
                .assertMatches();
    }

    @Test
    void jpegFlattensTransparencyOntoWhite() throws Exception {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 0, 0, 128));
        g.fillRect(32, 0, 32, 64); // right half 50 % black, left half fully transparent
        g.dispose();
        Path file = dir.resolve("datar.jpg");

        exporter.write(image, file, jpeg(0.95f, List.of()));

        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(back.getRGB(8, 32) & 0xff).isGreaterThan(250);
        assertThat(back.getRGB(56, 32) & 0xff).isBetween(120, 135);
    }

    @Test
    void lowerJpegQualityGivesASmallerFile() {
        BufferedImage image = SyntheticPhotos.draw(600, 400);
        byte[] high = exporter.encode(image, jpeg(0.95f, List.of()));
        byte[] low = exporter.encode(image, jpeg(0.3f, List.of()));
        assertThat(low.length).isLessThan(high.length * 2 / 3);
    }

    @Test
    void exportsCarryNoExifNoGpsAndNoColourProfile() {
        for (ExportOptions options : List.of(png(List.of()), jpeg(0.9f, List.of()))) {
            byte[] bytes = exporter.encode(renderLike(200, 200, false), options);
            byte[] metadata = ImageBytes.metadataBytes(bytes);
            assertThat(ImageBytes.contains(bytes, "Exif\0\0")).isFalse();
            assertThat(ImageBytes.contains(metadata, "GPS")).isFalse();
            assertThat(ImageBytes.contains(metadata, "eXIf")).isFalse();
            assertThat(ImageBytes.contains(metadata, "iCCP")).isFalse();
            assertThat(ImageBytes.contains(metadata, "ICC_PROFILE")).isFalse();
            assertThat(ImageBytes.contains(metadata, "tEXt")).isFalse();
        }
    }

    @Test
    void keywordsAreXmlEscapedAndTheCampaignTagIsWrittenOnceInItsOwnSpelling() throws Exception {
        List<String> given = List.of("#asnpilihnetral", "Dinas <Kominfo> & \"Humas\"", " ", "Dinas <Kominfo> & \"Humas\"");
        byte[] bytes = exporter.encode(renderLike(16, 16, false), png(given));
        String xmp = ImageBytes.pngXmp(bytes);

        assertThat(xmp).contains("Dinas &lt;Kominfo&gt; &amp; &quot;Humas&quot;");
        assertThat(keywords(xmp)).containsExactly(FramePack.CAMPAIGN_TAG, "Dinas <Kominfo> & \"Humas\"");
    }

    @Test
    void existingTargetIsRefusedUnlessOverwriteIsAsked() throws Exception {
        Path file = dir.resolve("ada.png");
        Files.writeString(file, "lama");

        assertThatThrownBy(() -> exporter.write(renderLike(8, 8, false), file, png(List.of())))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).reason().key()).isEqualTo("export.error.exists"));
        assertThat(Files.readString(file)).isEqualTo("lama");

        exporter.write(renderLike(8, 8, false), file,
                new ExportOptions(ImageFormat.PNG, ExportOptions.DEFAULT_QUALITY, true, List.of()));
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(8);
        assertThat(listing()).containsExactly("ada.png");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static ExportOptions png(List<String> keywords) {
        return new ExportOptions(ImageFormat.PNG, ExportOptions.DEFAULT_QUALITY, false, keywords);
    }

    private static ExportOptions jpeg(float quality, List<String> keywords) {
        return new ExportOptions(ImageFormat.JPEG, quality, false, keywords);
    }

    private static int colourType(byte[] png) {
        return ImageBytes.pngChunks(png).getFirst().data()[9];
    }

    /** Parses the packet as XML and returns the rdf:li values of dc:subject. */
    private static List<String> keywords(String xmp) throws Exception {
        assertThat(xmp).as("XMP packet").isNotNull();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(
                xmp.getBytes(StandardCharsets.UTF_8))));
        NodeList subject = xml.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "subject");
        assertThat(subject.getLength()).isEqualTo(1);
        NodeList items = ((org.w3c.dom.Element) subject.item(0)).getElementsByTagNameNS(RDF, "li");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            out.add(items.item(i).getTextContent());
        }
        return out;
    }

    /** Like a render: premultiplied ARGB, optionally with transparent and half-transparent parts. */
    static BufferedImage renderLike(int w, int h, boolean transparent) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (!transparent) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
        }
        g.drawImage(SyntheticPhotos.draw(w / 2, h / 2), w / 4, h / 4, null);
        g.setColor(new Color(0xEC, 0x54, 0x25, 160));
        g.fillOval(0, 0, w / 2, h / 2);
        g.dispose();
        return image;
    }
}
