// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.testing.FakePhotos;
import id.bingkai.testing.TestFrames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectCodecTest {
    @TempDir
    Path dir;
    private final FramePack pack = TestFrames.pack("satu");
    private final List<ProjectFiles.KnownPack> known = List.of(new ProjectFiles.KnownPack(pack, true));
    private final ProjectFiles files = new ProjectFiles(new FakePhotos()::ref, p -> {
        throw new UnsupportedOperationException();
    });

    private Document document(Path photo) {
        return Document.of(pack, pack.frame("status").orElseThrow())
                .withPhoto("foto", new PlacedPhoto(new PhotoRef(photo, 4000, 3000),
                        new Placement(0.1, -0.2, 1.5, 30, true)))
                .withText("nama", "Siti \"Aminah\" ☺");
    }

    @Test
    void aSavedProjectOpensAsTheSameDocument() throws Exception {
        Path photo = Files.writeString(dir.resolve("foto.jpg"), "x");
        Path file = dir.resolve("profil.bingkai");
        files.save(document(photo), true, file);
        ProjectFiles.Opened opened = files.open(file, known);
        assertThat(opened.warnings()).isEmpty();
        assertThat(opened.document()).isEqualTo(document(photo.toAbsolutePath().normalize()));
    }

    @Test
    void aTwoPhotoProjectKeepsBothPhotosAndTheirPlacements() throws Exception {
        FramePack duo = TestFrames.twoSlotPack("duo");
        Path left = Files.writeString(dir.resolve("pejabat.jpg"), "x").toAbsolutePath().normalize();
        Path right = Files.writeString(dir.resolve("pegawai.jpg"), "x").toAbsolutePath().normalize();
        Document doc = Document.of(duo, duo.frame("duo").orElseThrow())
                .withPhoto("kiri", new PlacedPhoto(new PhotoRef(left, 4000, 3000), new Placement(0.1, 0, 1.2, 0, false)))
                .withPhoto("kanan", new PlacedPhoto(new PhotoRef(right, 4000, 3000),
                        new Placement(-0.05, 0.2, 2.5, -15, true)));
        Path file = dir.resolve("berdua.bingkai");
        files.save(doc, true, file);
        ProjectFiles.Opened opened = files.open(file, List.of(new ProjectFiles.KnownPack(duo, true)));
        assertThat(opened.warnings()).isEmpty();
        assertThat(opened.document()).isEqualTo(doc);
    }

    @Test
    void aOneSlotProjectIsWrittenAsBeforeWithoutSlots() throws Exception {
        String json = ProjectCodec.toJson(document(dir.resolve("foto.jpg")), true, dir.resolve("p.bingkai"));
        assertThat(json).doesNotContain("\"slots\"");
    }

    @Test
    void aSecondPhotoThatWasMovedOpensTheRestAndNamesIt() throws Exception {
        FramePack duo = TestFrames.twoSlotPack("duo");
        Path left = Files.writeString(dir.resolve("ada.jpg"), "x").toAbsolutePath().normalize();
        Path gone = dir.resolve("hilang.jpg").toAbsolutePath().normalize();
        Document doc = Document.of(duo, duo.frame("duo").orElseThrow())
                .withPhoto("kiri", new PlacedPhoto(new PhotoRef(left, 4000, 3000), Placement.COVER))
                .withPhoto("kanan", new PlacedPhoto(new PhotoRef(gone, 4000, 3000), Placement.COVER));
        Path file = dir.resolve("separuh.bingkai");
        files.save(doc, true, file);
        ProjectFiles.Opened opened = files.open(file, List.of(new ProjectFiles.KnownPack(duo, true)));
        assertThat(opened.document().photo("kiri")).isPresent();
        assertThat(opened.document().photo("kanan")).isEmpty();
        assertThat(opened.warnings()).extracting(m -> m.key()).containsExactly("project.warning.photo-missing");
        assertThat(opened.warnings().getFirst().args()).containsExactly(gone);
    }

    @Test
    void aProjectMovedTogetherWithItsPhotoStillFindsIt() throws Exception {
        Path before = Files.createDirectories(dir.resolve("sebelum"));
        Path photo = Files.writeString(before.resolve("foto.jpg"), "x");
        files.save(document(photo), true, before.resolve("p.bingkai"));
        Path after = dir.resolve("sesudah");
        Files.move(before, after);
        ProjectFiles.Opened opened = files.open(after.resolve("p.bingkai"), known);
        assertThat(opened.document().primaryPhoto().orElseThrow().photo().path())
                .isEqualTo(after.resolve("foto.jpg").toAbsolutePath().normalize());
    }

    @Test
    void thePhotoInFrontChoiceIsKept() throws Exception {
        Document front = Document.of(pack, pack.frame("persegi").orElseThrow()).withPhotoInFront(true);
        assertThat(front.photoInFront()).isTrue();
        Path file = dir.resolve("depan.bingkai");
        files.save(front, true, file);
        assertThat(files.open(file, known).document()).isEqualTo(front);
    }

    @Test
    void aMissingPhotoOpensTheRestAndSaysSo() throws Exception {
        Path file = dir.resolve("p.bingkai");
        files.save(document(dir.resolve("hilang.jpg")), true, file);
        ProjectFiles.Opened opened = files.open(file, known);
        assertThat(opened.document().primaryPhoto()).isEmpty();
        assertThat(opened.document().texts()).containsEntry("nama", "Siti \"Aminah\" ☺");
        assertThat(opened.warnings()).extracting(m -> m.key()).containsExactly("project.warning.photo-missing");
    }

    @Test
    void anUnknownPackIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("p.bingkai");
        files.save(document(dir.resolve("x.jpg")), true, file);
        assertThatThrownBy(() -> files.open(file, List.of(new ProjectFiles.KnownPack(TestFrames.pack("lain"), true)))).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).reason().key()).isEqualTo("project.error.pack"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{|project.error.syntax",
        "[]|project.error.syntax",
        "{\"schema\":1} x|project.error.syntax",
        "{\"schema\":1,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\",\"extra\":1}|project.error.unknown",
        "{\"schema\":2,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\"}|project.error.newer",
        "{\"schema\":1,\"frame\":\"persegi\"}|project.error.field",
        "{\"schema\":1,\"pack\":{\"id\":5},\"frame\":\"persegi\"}|project.error.field",
        "{\"schema\":1,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\",\"placement\":{\"zoom\":1e9}}|project.error.placement",
        "{\"schema\":1,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\",\"placement\":{\"zoom\":NaN}}|project.error.syntax",
        "{\"schema\":1,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\",\"texts\":{\"Nama!\":\"x\"}}|project.error.field",
        "{\"schema\":1,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\",\"slots\":[]}|project.error.field",
        "{\"schema\":1,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\",\"slots\":{\"b\":{}}}|project.error.field",
        "{\"schema\":1,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\",\"slots\":{\"b\":{\"photo\":{\"path\":\"/a.jpg\"},\"x\":1}}}|project.error.unknown",
        "{\"schema\":1,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\",\"slots\":{\"b\":{\"photo\":{\"path\":\"/a.jpg\"},\"placement\":{\"zoom\":1e9}}}}|project.error.placement",
    })
    void malformedProjectsAreRefusedWithAReason(String json, String key) {
        assertThatThrownBy(() -> ProjectCodec.parse(json, Path.of("p.bingkai")))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).reason().key()).isEqualTo(key));
    }

    /** A newer Bingkai adds fields: its project is refused for its schema (update Bingkai), never for a field. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"layout\":\"grid\",\"schema\":2,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\"}",
        "{\"schema\":3,\"pack\":{\"id\":\"satu\",\"url\":\"x\"},\"frame\":{\"id\":\"persegi\"},\"stickers\":[]}",
    })
    void aProjectFromANewerBingkaiAsksForAnUpdateBeforeAnyUnknownField(String json) {
        assertThatThrownBy(() -> ProjectCodec.parse(json, Path.of("baru.bingkai")))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> {
                    BadInputException bad = (BadInputException) e;
                    assertThat(bad.reason().key()).isEqualTo("project.error.newer");
                    assertThat(new Messages(Messages.INDONESIAN).format(bad.userMessage()))
                            .contains("baru.bingkai").contains("Perbarui Bingkai").doesNotContain("tak dikenal");
                });
    }

    @Test
    void anUnknownFrameIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("p.bingkai"),
                "{\"schema\":1,\"pack\":{\"id\":\"satu\",\"builtIn\":true},\"frame\":\"tidak-ada\"}");
        assertThatThrownBy(() -> files.open(file, known))
                .satisfies(e -> assertThat(((BadInputException) e).reason().key()).isEqualTo("project.error.frame"));
    }
}
