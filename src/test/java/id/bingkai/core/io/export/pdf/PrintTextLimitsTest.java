// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.TextField;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import id.bingkai.testing.Pictures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every field of every print template filled to its maximum length: the PDF is written, and every word of every
 * field the page shows is there as text (it shrank to fit its box, nothing was cut off or replaced by an ellipsis).
 */
class PrintTextLimitsTest {
    private static FramePack pack;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        pack = new PackLoader(new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()), PackLimits.DEFAULT)
                .builtIn();
    }

    /** Distinct short words ({@code Nama7}, {@code Ikrar123}) filling exactly {@code max} characters. */
    static List<String> words(TextField field) {
        String stem = Character.toUpperCase(field.key().charAt(0)) + field.key().substring(1);
        List<String> words = new ArrayList<>();
        int length = 0;
        for (int n = 1; ; n++) {
            String word = stem + n;
            int added = (words.isEmpty() ? 0 : 1) + word.length();
            if (length + added > field.maxLength()) {
                break;
            }
            words.add(word);
            length += added;
        }
        return words;
    }

    /** The words joined by spaces, a line break after every eighth in a multi-line field, padded to the maximum. */
    static String value(TextField field, List<String> words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                text.append(field.multiline() && i % 8 == 0 ? '\n' : ' ');
            }
            text.append(words.get(i));
        }
        while (text.length() < field.maxLength()) {
            text.append('.');
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"poster-a4", "poster-a3", "instagram-4-5", "videotron-16-9", "spanduk-3x1",
            "roll-up-60x160", "ikrar-a4"})
    void everyFieldAtItsMaximumLengthIsOnThePageWhole(String frameId) throws IOException {
        Frame frame = pack.frame(frameId).orElseThrow();
        Document doc = Document.of(pack, frame);
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (TextField field : frame.fields()) {
            List<String> words = words(field);
            String value = value(field, words);
            assertThat(value).hasSize(field.maxLength());
            doc = doc.withText(field.key(), value);
            boolean onPage = frame.layers().stream().anyMatch(l -> l instanceof Layer.Text t
                    && t.template().contains("{" + field.key() + "}"));
            if (onPage) {
                shown.put(field.key(), words);
            }
        }
        if (!frame.slots().isEmpty()) {
            doc = doc.withPhoto(new PhotoRef(Path.of("foto.jpg"), 1200, 1600));
        }
        assertThat(shown).as("fields %s shows", frameId).isNotEmpty();
        Path file = dir.resolve(frameId + ".pdf");
        PhotoSource photos = (photo, w, h) -> Pictures.halves(Math.min(photo.width(), Math.max(w, 16)),
                Math.min(photo.height(), Math.max(h, 16)));

        new PdfExporter(new Renderer(new FontLibrary()), new AtomicFiles()).write(doc, photos,
                PdfOptions.defaults(frameId).withDpi(72), file);

        String text;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            text = " " + new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ") + " ";
        }
        assertThat(text).as("no ellipsis").doesNotContain("…");
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, List<String>> field : shown.entrySet()) {
            List<String> missing = field.getValue().stream().filter(w -> !text.contains(" " + w + " ")
                    && !text.contains(" " + w + ".") && !text.contains(w + " ")).toList();
            soft.assertThat(missing).as("words of %s missing from %s", field.getKey(), frameId).isEmpty();
        }
        soft.assertAll();
    }
}
