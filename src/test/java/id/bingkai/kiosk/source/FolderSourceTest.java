// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.source;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hot folder, polled by hand so every step is deterministic. */
class FolderSourceTest {
    private static final byte[] JPEG = ImageFiles.encode(Pictures.noise(320, 240, 7), "jpeg");
    @TempDir
    Path dir;
    private Path folder;
    private FolderSource source;
    private final List<Capture> photos = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        folder = Files.createDirectory(dir.resolve("kamera"));
        source = new FolderSource(folder, new ImageLoader(PixelBudget.DEFAULT, Optional.empty()), Duration.ZERO);
    }

    private void listen() {
        source.start(new PhotoSource.Listener() {
            @Override
            public void photo(Capture capture) {
                photos.add(capture);
                events.add(capture);
            }

            @Override
            public void fault(KioskFault fault) {
                events.add(fault.kind());
            }

            @Override
            public void recovered() {
                events.add("recovered");
            }
        });
    }

    private Path write(String name, byte[] bytes, long modifiedMillis) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedMillis));
        return file;
    }

    @Test
    void aNewPhotoIsTakenOnceItsSizeIsStableAndOnlyOnce() throws IOException {
        listen();
        Path photo = write("IMG_0001.JPG", JPEG, 1_000);
        source.poll();
        assertThat(photos).as("seen once: it may still be growing").isEmpty();
        source.poll();
        assertThat(photos).containsExactly(new Capture(photo, List.of(photo)));
        source.poll();
        assertThat(photos).hasSize(1);
    }

    @Test
    void filesAlreadyThereAtStartAreOldAndIgnored() throws IOException {
        write("old.jpg", JPEG, 1_000);
        listen();
        source.poll();
        source.poll();
        assertThat(photos).isEmpty();
    }

    @Test
    void aHalfWrittenPhotoIsNeverHandedOnAndIsTakenWhenTheCameraFinishesIt() throws IOException {
        listen();
        Path photo = write("IMG_0002.JPG", Arrays.copyOf(JPEG, JPEG.length / 2), 2_000);
        source.poll();
        source.poll();
        source.poll();
        assertThat(photos).as("stable in size but it does not decode").isEmpty();
        write("IMG_0002.JPG", JPEG, 2_500);
        source.poll();
        source.poll();
        assertThat(photos).extracting(Capture::file).containsExactly(photo);
    }

    @Test
    void aGrowingFileWaitsUntilItStopsGrowing() throws IOException {
        listen();
        write("IMG_0003.JPG", Arrays.copyOf(JPEG, 100), 3_000);
        source.poll();
        write("IMG_0003.JPG", Arrays.copyOf(JPEG, 2_000), 3_000);
        source.poll();
        assertThat(photos).isEmpty();
        write("IMG_0003.JPG", JPEG, 3_000);
        source.poll();
        assertThat(photos).isEmpty();
        source.poll();
        assertThat(photos).hasSize(1);
    }

    @Test
    void aBurstTakesTheNewestAndHandsTheRestToTheWipe() throws IOException {
        listen();
        Path a = write("IMG_0010.JPG", JPEG, 10_000);
        Path c = write("IMG_0012.JPG", JPEG, 12_000);
        Path b = write("IMG_0011.JPG", JPEG, 11_000);
        write("notes.txt", "not a photo".getBytes(), 13_000);
        source.poll();
        source.poll();
        assertThat(photos).hasSize(1);
        assertThat(photos.getFirst().file()).isEqualTo(c);
        assertThat(photos.getFirst().originals()).containsExactlyInAnyOrder(a, b, c);
    }

    @Test
    void aRemovedFolderIsOneFaultAndTheSourceRecoversWhenItIsBack() throws IOException {
        listen();
        Files.delete(folder);
        source.poll();
        source.poll();
        assertThat(events).containsExactly(KioskFault.Kind.FOLDER_MISSING);
        Files.createDirectory(folder);
        source.poll();
        Path photo = write("IMG_0020.JPG", JPEG, 20_000);
        source.poll();
        source.poll();
        assertThat(events).hasSize(3);
        assertThat(events.get(1)).isEqualTo("recovered");
        assertThat(photos).extracting(Capture::file).containsExactly(photo);
    }

    @Test
    void nothingArrivesAfterStop() throws IOException {
        listen();
        write("IMG_0030.JPG", JPEG, 30_000);
        source.poll();
        source.stop();
        source.poll();
        assertThat(photos).isEmpty();
    }
}
