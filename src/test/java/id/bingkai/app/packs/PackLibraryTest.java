// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.TestFrames;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLibraryTest {
    @TempDir
    Path dir;

    /** Reads the pack id from a file named "id.txt" (folders) or from the file's content (zip/png stand-ins). */
    private final PackSource source = new PackSource() {
        @Override
        public FramePack builtIn() {
            return TestFrames.pack("bawaan");
        }

        @Override
        public FramePack load(Path pack) {
            try {
                String id = Files.isDirectory(pack) ? Files.readString(pack.resolve("id.txt")) : Files.readString(pack);
                if (id.startsWith("rusak")) {
                    throw new BadInputException(pack, Msg.of("test.broken"));
                }
                return TestFrames.pack(id.strip());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    };

    @Test
    void anImportedFolderIsCopiedInAndSurvivesARestart() throws Exception {
        Path download = Files.createDirectories(dir.resolve("unduhan/resmi"));
        Files.writeString(download.resolve("id.txt"), "resmi");
        Files.createDirectories(download.resolve("layers"));
        Files.writeString(download.resolve("layers/logo.svg"), "<svg/>");
        PackLibrary library = new PackLibrary(dir.resolve("data/packs"), source);
        PackLibrary.Entry entry = library.importPack(download);
        assertThat(entry.stored()).hasValue(dir.resolve("data/packs/resmi"));
        deleteTree(dir.resolve("unduhan"));

        PackLibrary.Contents again = new PackLibrary(dir.resolve("data/packs"), source).loadAll();
        assertThat(again.entries()).extracting(e -> e.pack().id()).containsExactly("bawaan", "resmi");
        assertThat(again.entries().get(1).stored().orElseThrow().resolve("layers/logo.svg")).exists();
    }

    @Test
    void reimportingAPackReplacesTheOldCopy() throws Exception {
        PackLibrary library = new PackLibrary(dir.resolve("packs"), source);
        library.importPack(Files.writeString(dir.resolve("v1.zip"), "resmi"));
        library.importPack(Files.writeString(dir.resolve("v2.zip"), "resmi"));
        assertThat(library.loadAll().entries()).hasSize(2);
        try (var files = Files.list(dir.resolve("packs"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("resmi.zip");
        }
    }

    @Test
    void aBrokenPackIsRefusedAndNothingIsStored() throws Exception {
        PackLibrary library = new PackLibrary(dir.resolve("packs"), source);
        assertThatThrownBy(() -> library.importPack(Files.writeString(dir.resolve("x.zip"), "rusak")))
                .isInstanceOf(BadInputException.class);
        assertThat(library.loadAll().entries()).hasSize(1);
    }

    @Test
    void aStoredPackThatNoLongerLoadsIsReportedAndTheOthersStillOpen() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        Files.writeString(packs.resolve("a.zip"), "rusak");
        Files.writeString(packs.resolve("b.zip"), "baik");
        PackLibrary.Contents contents = new PackLibrary(packs, source).loadAll();
        assertThat(contents.entries()).extracting(e -> e.pack().id()).containsExactly("bawaan", "baik");
        assertThat(contents.failures()).extracting(PackLibrary.Failure::stored).containsExactly(packs.resolve("a.zip"));
    }

    @Test
    void removingAPackDeletesItsCopy() throws Exception {
        PackLibrary library = new PackLibrary(dir.resolve("packs"), source);
        PackLibrary.Entry entry = library.importPack(Files.writeString(dir.resolve("t.png"), "twibbon"));
        assertThat(entry.stored().orElseThrow().getFileName().toString()).isEqualTo("twibbon.png");
        library.remove(entry);
        assertThat(library.loadAll().entries()).hasSize(1);
    }

    private static void deleteTree(Path p) throws Exception {
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
