// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonPrimitive;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.PackException;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder packs stay inside their folder; things that are not packs are told apart from broken packs. */
class FolderPackTest {
    @TempDir
    Path dir;

    @Test
    void fileSymlinkLeavingThePackIsRefused() throws IOException {
        Path secret = TestPacks.write(dir.resolve("rahasia.png"), TestPacks.png(Pictures.solid(4, 4, java.awt.Color.RED)));
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(TestPacks.manifest()));
        Files.delete(folder.resolve("layers/ornament.png"));
        Files.createSymbolicLink(folder.resolve("layers/ornament.png"), secret);

        assertThat(PackLoaders.loader().lint(folder)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("layers/ornament.png");
            assertThat(p.field()).isEqualTo("frames[0].layers[2].file");
            assertThat(p.reason().key()).isEqualTo("pack.problem.path.link");
        });
    }

    @Test
    void folderSymlinkLeavingThePackIsRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("luar"));
        TestPacks.write(outside.resolve("ornament.png"), TestPacks.png(Pictures.solid(4, 4, java.awt.Color.RED)));
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(TestPacks.with(TestPacks.manifest(),
                "frames[0].layers[2].file", new JsonPrimitive("luar/ornament.png"))));
        Files.createSymbolicLink(folder.resolve("luar"), outside);

        assertThat(PackLoaders.loader().lint(folder)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("luar/ornament.png");
            assertThat(p.reason().key()).isEqualTo("pack.problem.path.link");
        });
    }

    @Test
    void symlinkedManifestIsRefused() throws IOException {
        Path elsewhere = TestPacks.write(dir.resolve("lain.json"),
                TestPacks.manifest().toString().getBytes(StandardCharsets.UTF_8));
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.files());
        Files.createSymbolicLink(folder.resolve("manifest.json"), elsewhere);

        assertThat(PackLoaders.loader().lint(folder)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("manifest.json");
            assertThat(p.reason().key()).isEqualTo("pack.problem.path.link");
        });
    }

    @Test
    void packFolderReachedThroughASymlinkLoads() throws IOException {
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(TestPacks.manifest()));
        Path link = Files.createSymbolicLink(dir.resolve("pintasan"), folder);

        assertThat(PackLoaders.loader().load(link).id()).isEqualTo("uji-paket");
    }

    @Test
    void missingPathIsBadInputNotAPackProblem() {
        assertThatThrownBy(() -> PackLoaders.loader().lint(dir.resolve("tidak-ada")))
                .isExactlyInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).reason().key()).isEqualTo("pack.error.missing"));
    }

    @Test
    void textFileIsNotAPack() {
        Path text = TestPacks.write(dir.resolve("catatan.zip"), "bukan zip".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PackLoaders.loader().load(text))
                .isExactlyInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).reason().key()).isEqualTo("pack.error.notAPack"));
    }

    @Test
    void jpegIsNotAPack() {
        Path jpeg = TestPacks.write(dir.resolve("foto.png"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0});

        assertThatThrownBy(() -> PackLoaders.loader().load(jpeg)).isExactlyInstanceOf(BadInputException.class);
    }

    @Test
    void brokenPackThrowsAPackExceptionNamingTheSource() {
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.files());

        assertThatThrownBy(() -> PackLoaders.loader().load(folder))
                .isInstanceOfSatisfying(PackException.class, e -> {
                    assertThat(e.file()).isEqualTo(folder);
                    assertThat(e.problems()).hasSize(1);
                });
    }
}
