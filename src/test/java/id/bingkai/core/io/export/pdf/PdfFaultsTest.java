// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import id.bingkai.testing.FaultyDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A disk that fills up while a print PDF is written: a message in Indonesian that names the PDF and the folder, the
 * user's previous file untouched, no half-written or temporary file left.
 */
class PdfFaultsTest {
    private static final PhotoSource NO_PHOTO = (photo, w, h) -> {
        throw new AssertionError("no photo in this poster");
    };
    /** 72 dpi keeps the test quick; the bytes go through the same writer at any resolution. */
    private static final PdfOptions OPTIONS = PdfOptions.defaults("Poster").withDpi(72).withOverwrite(true);
    private static FramePack pack;
    private static Document poster;
    private static long wholeSize;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        pack = new PackLoader(new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()), PackLimits.DEFAULT)
                .builtIn();
        poster = Document.of(pack, pack.frame("poster-a4").orElseThrow());
        Path whole = Files.createTempFile("utuh", ".pdf");
        try {
            new PdfExporter(new Renderer(new FontLibrary()), new AtomicFiles())
                    .write(poster, NO_PHOTO, OPTIONS, whole);
            wholeSize = Files.size(whole);
        } finally {
            Files.delete(whole);
        }
    }

    /**
     * The space left as a fraction of the PDF's size; -1: the bytes all fit but forcing them to the device fails
     * (delayed allocation on ext4 and XFS).
     */
    @ParameterizedTest(name = "full after {0} of the file")
    @ValueSource(doubles = {0, 0.1, 0.5, 0.99, -1})
    void aFullDiskLeavesThePreviousPdfAndNoTemporaryFile(double fraction) throws IOException {
        long spaceLeft = (long) (wholeSize * fraction);
        Path target = dir.resolve("poster.pdf");
        byte[] previous = "%PDF-1.7 the poster the user saved yesterday".getBytes();
        Files.write(target, previous);
        FaultyDisk disk = spaceLeft < 0 ? new FaultyDisk().fullOnForce() : new FaultyDisk().fullAfter(spaceLeft);
        PdfExporter exporter = new PdfExporter(new Renderer(new FontLibrary()), new AtomicFiles(disk));

        assertThatThrownBy(() -> exporter.write(poster, NO_PHOTO, OPTIONS, target))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.file()).isEqualTo(target);
                    assertThat(e.reason()).isEqualTo(Msg.of("export.error.diskFull", dir.toAbsolutePath()));
                    String said = new Messages(Messages.INDONESIAN).format(e.reason());
                    assertThat(said).contains("penuh").contains(dir.toAbsolutePath().toString());
                });

        assertThat(Files.readAllBytes(target)).isEqualTo(previous);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).as("nothing but the previous file").isEqualTo(List.of(target));
        }
        assertThat(disk.journal()).as("the temporary file was removed").contains("delete");
    }
}
