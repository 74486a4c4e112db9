// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.testing.FakePhotos;
import id.bingkai.testing.TestFrames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The project format field by field: which field a refusal names, defaults, limits, where a pack comes from. */
class ProjectFieldsTest {
    private static final String HEAD = "{\"schema\":1,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\"";

    @TempDir
    Path dir;
    private final FramePack pack = TestFrames.pack("satu");

    private static BadInputException refusal(String json) {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> ProjectCodec.parse(json, Path.of("p.bingkai")));
        assertThat(e).as("refused: " + json).isNotNull();
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"schema\":1,\"pack\":{\"id\":\"satu\",\"url\":\"x\"},\"frame\":\"persegi\"}|project.error.unknown|pack.url",
        HEAD + ",\"photo\":{\"path\":\"/a.jpg\",\"size\":1}}|project.error.unknown|photo.size",
        HEAD + ",\"placement\":{\"scale\":2}}|project.error.unknown|placement.scale",
        "{\"schema\":1,\"pack\":{\"id\":5},\"frame\":\"persegi\"}|project.error.field|pack.id",
        "{\"schema\":1,\"pack\":{\"id\":\"satu\",\"builtIn\":\"ya\"},\"frame\":\"persegi\"}|project.error.field|pack.builtIn",
        HEAD + ",\"photo\":{\"path\":\"/a.jpg\",\"relative\":3}}|project.error.field|photo.relative",
        HEAD + ",\"placement\":{\"flipped\":1}}|project.error.field|placement.flipped",
        "{\"schema\":1.5,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\"}|project.error.field|schema",
        "{\"schema\":0,\"pack\":{\"id\":\"satu\"},\"frame\":\"persegi\"}|project.error.field|schema",
    })
    void aRefusalNamesTheFieldWithItsPath(String json, String key, String field) {
        BadInputException e = refusal(json);
        assertThat(e.reason().key()).isEqualTo(key);
        assertThat(e.reason().args()).containsExactly(field);
    }

    @Test
    void missingPlacementNumbersTakeTheirDefaults() {
        assertThat(ProjectCodec.parse(HEAD + ",\"placement\":{}}", null).placement()).isEqualTo(Placement.COVER);
        assertThat(ProjectCodec.parse(HEAD + ",\"placement\":{\"offsetX\":0.25,\"rotation\":90}}", null).placement())
                .isEqualTo(new Placement(0.25, 0, 1, 90, false));
        assertThat(ProjectCodec.parse(HEAD + "}", null).placement()).isEqualTo(Placement.COVER);
    }

    @Test
    void aPackWithAnOriginAndNoBuiltInFlagKeepsItsOrigin() {
        ProjectData data = ProjectCodec.parse(
                "{\"schema\":1,\"pack\":{\"id\":\"satu\",\"origin\":\"paket/satu.zip\"},\"frame\":\"persegi\"}", null);
        assertThat(data.packId()).isEqualTo("satu");
        assertThat(data.packOrigin()).contains(Path.of("paket/satu.zip"));
        ProjectData builtIn = ProjectCodec.parse(
                "{\"schema\":1,\"pack\":{\"id\":\"satu\",\"builtIn\":true,\"origin\":\"x.zip\"},\"frame\":\"persegi\"}", null);
        assertThat(builtIn.packOrigin()).isEmpty();
    }

    @Test
    void aPackOfTheUsersOwnIsWrittenWithWhereItCameFrom() {
        Document doc = Document.of(pack, pack.frame("persegi").orElseThrow());
        ProjectData own = ProjectCodec.parse(ProjectCodec.toJson(doc, false, null), null);
        assertThat(own.packId()).isEqualTo("satu");
        assertThat(own.packOrigin()).contains(Path.of("test"));
        assertThat(ProjectCodec.toJson(doc, false, null)).contains("\"app\": \"bingkai\"")
                .contains("\"builtIn\": false");
        String builtIn = ProjectCodec.toJson(doc, true, null);
        assertThat(builtIn).contains("\"builtIn\": true").doesNotContain("origin");
        assertThat(ProjectCodec.parse(builtIn, null).packOrigin()).isEmpty();
    }

    private static String slots(int count) {
        StringBuilder s = new StringBuilder(HEAD + ",\"slots\":{");
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : ",").append("\"s").append(i).append("\":{\"photo\":{\"path\":\"/f").append(i)
                    .append(".jpg\"}}");
        }
        return s.append("}}").toString();
    }

    @Test
    void sixtyFourSlotsAreAcceptedAndOneMoreIsNot() {
        assertThat(ProjectCodec.parse(slots(64), null).otherSlots()).hasSize(64)
                .containsKey("s63");
        BadInputException e = refusal(slots(65));
        assertThat(e.reason().args()).containsExactly("slots");
    }

    @Test
    void aPackNotAmongTheUsersPacksIsLoadedFromWhereTheProjectSaysItCameFrom() throws Exception {
        Path zip = Files.writeString(dir.resolve("satu.zip"), "zip");
        List<Path> loaded = new ArrayList<>();
        ProjectFiles files = new ProjectFiles(new FakePhotos()::ref, p -> {
            loaded.add(p);
            return pack;
        });
        Path file = Files.writeString(dir.resolve("p.bingkai"), "{\"schema\":1,\"pack\":{\"id\":\"satu\",\"origin\":"
                + "\"" + zip.toString().replace("\\", "\\\\") + "\"},\"frame\":\"persegi\"}");

        assertThat(files.open(file, List.of()).document().pack()).isSameAs(pack);
        assertThat(loaded).containsExactly(zip);

        Files.delete(zip);
        assertThat(catchThrowableOfType(BadInputException.class, () -> files.open(file, List.of())).reason().key())
                .isEqualTo("project.error.pack");
    }

    @Test
    void ofTwoPacksWithTheSameIdTheProjectGetsTheKindItWasSavedWith() throws Exception {
        FramePack sample = TestFrames.pack("satu");
        FramePack own = TestFrames.pack("satu");
        List<ProjectFiles.KnownPack> known = List.of(new ProjectFiles.KnownPack(sample, true),
                new ProjectFiles.KnownPack(own, false));
        ProjectFiles files = new ProjectFiles(new FakePhotos()::ref, p -> {
            throw new AssertionError("no pack to load: " + p);
        });
        Path fromOwn = Files.writeString(dir.resolve("own.bingkai"),
                "{\"schema\":1,\"pack\":{\"id\":\"satu\",\"origin\":\"/x/satu.zip\"},\"frame\":\"persegi\"}");
        Path fromSample = Files.writeString(dir.resolve("sample.bingkai"),
                "{\"schema\":1,\"pack\":{\"id\":\"satu\",\"builtIn\":true},\"frame\":\"persegi\"}");

        assertThat(files.open(fromOwn, known).document().pack()).isSameAs(own);
        assertThat(files.open(fromSample, known).document().pack()).isSameAs(sample);
        List<ProjectFiles.KnownPack> reversed = List.of(known.get(1), known.get(0));
        assertThat(files.open(fromOwn, reversed).document().pack()).isSameAs(own);
        assertThat(files.open(fromSample, reversed).document().pack()).isSameAs(sample);
    }

    @Test
    void aProjectMovedWithoutItsPhotoStillFindsThePhotoWhereItWas() throws Exception {
        Path photo = Files.writeString(dir.resolve("foto.jpg"), "x").toAbsolutePath().normalize();
        Path before = Files.createDirectories(dir.resolve("a"));
        ProjectFiles files = new ProjectFiles(new FakePhotos()::ref, p -> {
            throw new AssertionError();
        });
        Document doc = Document.of(pack, pack.frame("persegi").orElseThrow())
                .withPhoto("foto", new PlacedPhoto(new PhotoRef(photo, 4000, 3000), Placement.COVER));
        files.save(doc, true, before.resolve("p.bingkai"));
        Path after = Files.createDirectories(dir.resolve("b/c")).resolve("p.bingkai");
        Files.move(before.resolve("p.bingkai"), after);

        ProjectFiles.Opened opened = files.open(after, List.of(new ProjectFiles.KnownPack(pack, true)));

        assertThat(opened.warnings()).isEmpty();
        assertThat(opened.document().primaryPhoto().map(p -> p.photo().path())).isEqualTo(Optional.of(photo));
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws Exception {
        String json = HEAD + "}";
        byte[] bytes = (json + " ".repeat(ProjectText.MAX_BYTES - json.length())).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize(ProjectText.MAX_BYTES);
        Path file = Files.write(dir.resolve("besar.bingkai"), bytes);

        assertThat(ProjectText.read(file).strip()).isEqualTo(json);
    }
}
