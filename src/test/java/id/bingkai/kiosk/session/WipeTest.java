// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.kiosk.source.Capture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WipeTest {
    @TempDir
    Path dir;

    private static List<Path> everything(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).toList();
        }
    }

    @Test
    void afterTheWipeNothingOfTheVisitorIsLeftAndTheirLinksAreRevoked() throws IOException {
        Path work = dir.resolve("work");
        Path hot = Files.createDirectories(dir.resolve("kamera"));
        List<String> revoked = new ArrayList<>();
        KioskCounters counters = new KioskCounters();
        Wipe wipe = new Wipe(work, Optional.empty(), revoked::add, counters);
        VisitorSession session = wipe.begin();
        Path original = Files.writeString(hot.resolve("IMG_1.JPG"), "photo");
        Path burst = Files.writeString(hot.resolve("IMG_0.JPG"), "photo");
        session.took(new Capture(original, List.of(burst, original)));
        Files.writeString(session.newFile("render", "jpg"), "render");
        Files.createDirectories(session.folder().resolve("upload"));
        Files.writeString(session.folder().resolve("upload/part"), "upload");
        session.linked("token-a");

        assertThat(wipe.wipe(session)).isEmpty();

        assertThat(everything(work)).isEmpty();
        assertThat(everything(hot)).isEmpty();
        assertThat(revoked).containsExactly("token-a");
        assertThat(counters.snapshot().visitors()).isEqualTo(1);
        assertThat(wipe.wipe(session)).as("a second wipe is harmless").isEmpty();
        assertThat(counters.snapshot().visitors()).isEqualTo(1);
        assertThatThrownBy(() -> session.linked("late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withAnArchiveTheHotFolderOriginalsAreMovedThereAndNothingElseIsKept() throws IOException {
        Path hot = Files.createDirectories(dir.resolve("kamera"));
        Path archive = dir.resolve("arsip");
        Wipe wipe = new Wipe(dir.resolve("work"), Optional.of(archive), LinkRevoker.NONE, new KioskCounters());
        VisitorSession first = wipe.begin();
        Path original = Files.writeString(hot.resolve("IMG_1.JPG"), "one");
        first.took(new Capture(original, List.of(original)));
        Files.writeString(first.newFile("render", "png"), "render");
        wipe.wipe(first);
        VisitorSession second = wipe.begin();
        Path again = Files.writeString(hot.resolve("IMG_1.JPG"), "two");
        second.took(new Capture(again, List.of(again)));
        wipe.wipe(second);

        assertThat(everything(hot)).isEmpty();
        assertThat(everything(dir.resolve("work"))).isEmpty();
        assertThat(everything(archive)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("IMG_1.JPG", "1-IMG_1.JPG");
    }

    @Test
    void aWalkAwayWithoutAPhotoIsNotCountedAsAVisitor() throws IOException {
        KioskCounters counters = new KioskCounters();
        Wipe wipe = new Wipe(dir, Optional.empty(), LinkRevoker.NONE, counters);
        wipe.wipe(wipe.begin());
        assertThat(counters.snapshot().visitors()).isZero();
    }

    @Test
    void theSweepRemovesSessionsACrashLeftBehindButNothingElse() throws IOException {
        Wipe wipe = new Wipe(dir, Optional.empty(), LinkRevoker.NONE, new KioskCounters());
        VisitorSession left = wipe.begin();
        Files.writeString(left.newFile("upload", "jpg"), "x");
        Path other = Files.writeString(dir.resolve("keep.txt"), "not ours");
        assertThat(wipe.sweep()).isEmpty();
        assertThat(everything(dir)).containsExactly(other);
    }

    @Test
    void sessionFoldersAreUnguessableAndDistinct() throws IOException {
        Wipe wipe = new Wipe(dir, Optional.empty(), LinkRevoker.NONE, new KioskCounters());
        assertThat(wipe.begin().folder()).isNotEqualTo(wipe.begin().folder());
        assertThat(wipe.begin().folder().getFileName().toString()).matches("visit-[0-9a-f]{16}");
    }
}
