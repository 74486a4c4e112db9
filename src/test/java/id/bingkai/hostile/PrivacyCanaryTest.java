// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import id.bingkai.cli.BingkaiCli;
import id.bingkai.cli.Console;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.io.project.ProjectFiles;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageBytes;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import id.bingkai.wiring.Services;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A photo full of personal metadata (camera serial, owner, GPS, XMP creator and city, IPTC by-line, PNG text)
 * rendered through {@code bingkai render}: no trace of it in the exported file, only the campaign keyword, and
 * the EXIF orientation is in the pixels rather than in a tag. A project file saved for it keeps none either.
 */
class PrivacyCanaryTest {
    private static final int WIDTH = 540;

    @TempDir
    Path dir;

    private final String canary = "KANARI" + HexFormat.of().formatHex(
            java.nio.ByteBuffer.allocate(6).putInt(new Random().nextInt()).array()).toUpperCase();

    @ParameterizedTest(name = "{0} photo to {1}")
    @CsvSource({"jpeg, png", "jpeg, jpg", "png, png", "png, jpg"})
    void noSourceMetadataSurvivesAndOrientationIsBakedIn(String source, String target) throws IOException {
        BufferedImage picture = Pictures.halves(300, 200);
        byte[] photo = source.equals("jpeg")
                ? Metadata.jpegWithEverything(ImageFiles.jpeg(picture), canary, 6)
                : Metadata.pngWithEverything(ImageFiles.encode(picture, "png"), canary);
        assertThat(contains(photo, canary + "-serial") || contains(photo, canary + "-author"))
                .as("the canary is planted in the source").isTrue();
        Path in = Files.write(dir.resolve("foto-asli." + source), photo);
        Path out = dir.resolve("hasil." + target);

        StringWriter err = new StringWriter();
        int code = new BingkaiCli(Services.create(new Messages(Messages.INDONESIAN)),
                new Console(new PrintWriter(new StringWriter()), new PrintWriter(err)), () -> 1)
                .run("render", "--pack", plainPack().toString(), "--photo", in.toString(), "--width",
                        Integer.toString(WIDTH), "--out", out.toString());

        assertThat(code).as(err.toString()).isZero();
        byte[] exported = Files.readAllBytes(out);
        for (String form : forms(canary)) {
            assertThat(contains(exported, form)).as("'%s' in the export", form).isFalse();
        }
        assertThat(contains(exported, "#ASNpilihNETRAL")).as("the campaign keyword (the search works)").isTrue();
        // Every block of the file in order, none de-duplicated: a second text chunk or a JPEG comment fails too.
        assertThat(target.equals("png") ? ImageBytes.pngStructure(exported) : ImageBytes.jpegStructure(exported))
                .as("blocks of the export").containsExactlyElementsOf(target.equals("png")
                        ? List.of("IHDR", "iTXt", "IDAT", "IEND")
                        : List.of("APP0", "APP1", "DQT", "DQT", "SOF0", "DHT", "DHT", "DHT", "DHT", "SOS", "EOI"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(exported));
        if (source.equals("jpeg")) {
            // EXIF orientation 6: the photo's left (red) half is the top of the upright picture.
            assertThat(image.getRGB(WIDTH / 2, WIDTH / 10) >> 16 & 0xFF).as("red on top").isGreaterThan(150);
            assertThat(image.getRGB(WIDTH / 2, WIDTH * 9 / 10) & 0xFF).as("blue at the bottom").isGreaterThan(150);
        } else {
            assertThat(image.getRGB(WIDTH / 10, WIDTH / 2) >> 16 & 0xFF).as("red on the left").isGreaterThan(150);
        }
    }

    @ParameterizedTest(name = "{0} photo to pdf")
    @ValueSource(strings = {"jpeg", "png"})
    void aPdfKeepsNoneOfThePhotosMetadataInAnyOfItsStreams(String source) throws IOException {
        byte[] photo = source.equals("jpeg")
                ? Metadata.jpegWithEverything(ImageFiles.jpeg(Pictures.halves(300, 200)), canary, 6)
                : Metadata.pngWithEverything(ImageFiles.encode(Pictures.halves(300, 200), "png"), canary);
        Path in = Files.write(dir.resolve("foto-asli." + source), photo);
        Path out = dir.resolve("hasil.pdf");
        StringWriter err = new StringWriter();
        int code = new BingkaiCli(Services.create(new Messages(Messages.INDONESIAN)),
                new Console(new PrintWriter(new StringWriter()), new PrintWriter(err)), () -> 1)
                .run("render", "--pack", plainPack().toString(), "--photo", in.toString(), "--out", out.toString());

        assertThat(code).as(err.toString()).isZero();
        byte[] exported = Files.readAllBytes(out);
        assertNoTrace(exported, "the PDF");
        assertThat(contains(exported, "#ASNpilihNETRAL")).as("the campaign keyword (the search works)").isTrue();
    }

    @ParameterizedTest(name = "{0} photo")
    @ValueSource(strings = {"jpeg", "png"})
    void aProjectFileKeepsNoneOfThePhotosMetadata(String source) throws IOException {
        byte[] photo = source.equals("jpeg")
                ? Metadata.jpegWithEverything(ImageFiles.jpeg(Pictures.halves(300, 200)), canary, 6)
                : Metadata.pngWithEverything(ImageFiles.encode(Pictures.halves(300, 200), "png"), canary);
        Path in = Files.write(dir.resolve("foto-asli." + source), photo);
        ImageLoader images = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());
        PackLoader packs = new PackLoader(images, PackLimits.DEFAULT);
        FramePack pack = packs.load(plainPack());
        Document doc = Document.of(pack, pack.defaultFrame()).withPhoto(images.ref(in));
        Path project = dir.resolve("karya.bingkai");

        new ProjectFiles(images::ref, packs::load).save(doc, false, project);

        byte[] saved = Files.readAllBytes(project);
        for (String form : forms(canary)) {
            assertThat(contains(saved, form)).as("'%s' in the project", form).isFalse();
        }
        assertThat(contains(saved, "foto-asli")).as("the project names the photo (the search works)").isTrue();
    }

    /**
     * The canary is in no byte of the file, in no decoded stream (content, images, fonts, XMP, object streams),
     * and not in the document information; and no EXIF block is anywhere.
     */
    private void assertNoTrace(byte[] pdfBytes, String what) throws IOException {
        List<byte[]> streams = new java.util.ArrayList<>();
        streams.add(pdfBytes);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(pdfBytes)) {
            for (org.apache.pdfbox.cos.COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
                if (pdf.getDocument().getObjectFromPool(key).getObject()
                        instanceof org.apache.pdfbox.cos.COSStream stream) {
                    try (java.io.InputStream decoded = stream.createInputStream()) {
                        streams.add(decoded.readAllBytes());
                    } catch (IOException e) {
                        // a DCT image the filter chain does not decode: its raw bytes are in the file scan
                    }
                }
            }
            var info = pdf.getDocumentInformation();
            assertThat(info.getAuthor()).as("author of " + what).isNull();
            for (String key : info.getMetadataKeys()) {
                assertThat(String.valueOf(info.getCustomMetadataValue(key))).as(key + " of " + what)
                        .doesNotContain(canary);
            }
            var xmp = pdf.getDocumentCatalog().getMetadata();
            assertThat(xmp).as("XMP of " + what).isNotNull();
            try (java.io.InputStream in = xmp.exportXMPMetadata()) {
                String packet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(packet).as("XMP of " + what).contains("#ASNpilihNETRAL").doesNotContain(canary)
                        .doesNotContain("GPS");
            }
        }
        for (byte[] data : streams) {
            for (String form : forms(canary)) {
                assertThat(contains(data, form)).as("'%s' in %s", form, what).isFalse();
            }
            assertThat(contains(data, "Exif")).as("an EXIF block in " + what).isFalse();
        }
    }

    @org.junit.jupiter.api.Test
    void pledgeCardsAndTheirJoinedPdfKeepNoneOfThePhotosMetadata() throws IOException {
        Files.write(dir.resolve("satu.jpg"), Metadata.jpegWithIccAndComment(
                ImageFiles.jpeg(Pictures.halves(300, 400)), canary, 6));
        Files.write(dir.resolve("dua.png"), Metadata.pngWithEverything(
                ImageFiles.encode(Pictures.halves(300, 400), "png"), canary));
        assertThat(contains(Files.readAllBytes(dir.resolve("satu.jpg")), canary + "-icc")).isTrue();
        Path sheet = Files.writeString(dir.resolve("pegawai.csv"),
                "nama,nip,unit,jabatan,instansi,tempat,tanggal,foto\n"
                        + "Siti Rahmawati,198701012010012001,Umum,Analis,Pemkot,Bandung,1 Juli 2026,satu.jpg\n"
                        + "Budi Santoso,198701012010012002,Umum,Analis,Pemkot,Bandung,1 Juli 2026,dua.png\n");
        Path out = dir.resolve("kartu");
        Path joined = dir.resolve("semua.pdf");
        StringWriter err = new StringWriter();
        int code = new BingkaiCli(Services.create(new Messages(Messages.INDONESIAN)),
                new Console(new PrintWriter(new StringWriter()), new PrintWriter(err)), () -> 1)
                .run("batch", sheet.toString(), "--frame", "ikrar-a4", "--column", "ikrar=", "--format", "pdf",
                        "--dpi", "100", "--out", out.toString(), "--single-pdf", joined.toString());

        assertThat(code).as(err.toString()).isZero();
        assertNoTrace(Files.readAllBytes(out.resolve("Siti Rahmawati.pdf")), "the first card");
        assertNoTrace(Files.readAllBytes(out.resolve("Budi Santoso.pdf")), "the second card");
        assertNoTrace(Files.readAllBytes(joined), "the joined PDF");
    }

    /** One frame, one full-canvas slot, no decoration: the export is the photo alone. */
    private Path plainPack() throws IOException {
        JsonObject manifest = HostilePacks.manifest();
        manifest.getAsJsonArray("frames").get(0).getAsJsonObject().remove("layers");
        manifest.remove("fields");
        return HostilePacks.writeFolder(dir.resolve("polos"),
                java.util.Map.of("manifest.json", Bytes.utf8(manifest.toString())));
    }

    /** The canary as ASCII/UTF-8 and as UTF-16 (XMP and ICC text may be stored either way). */
    private static List<String> forms(String canary) {
        return List.of(canary, new String(canary.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1),
                new String(canary.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1));
    }

    private static boolean contains(byte[] data, String latin1) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(latin1);
    }
}
