// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.PrintSize;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.TextField;
import id.bingkai.core.model.TextFlow;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.TextSetter;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample posters, banners and pledge card: physical sizes, print margins, campaign content, nothing cut. */
class PrintSamplesTest {
    private static FramePack pack;
    private final TextSetter setter = new TextSetter(new FontLibrary());

    @BeforeAll
    static void load() {
        pack = new PackLoader(new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()), PackLimits.DEFAULT)
                .builtIn();
    }

    static Stream<Frame> printFrames() {
        return pack.frames().stream().filter(f -> f.print().isPresent());
    }

    static Stream<Frame> posterLikeFrames() {
        return pack.frames().stream().filter(f -> f.fields().stream().anyMatch(x -> x.key().equals("aturan")));
    }

    @Test
    void printFramesDeclareTheirTrimAndBleedInMillimetres() {
        assertThat(printFrames()).extracting(Frame::id, f -> f.print().orElseThrow()).containsExactly(
                tuple("poster-a4", new PrintSize(210, 297, 3)),
                tuple("poster-a3", new PrintSize(297, 420, 3)),
                tuple("spanduk-3x1", new PrintSize(3000, 1000, 0)),
                tuple("roll-up-60x160", new PrintSize(600, 1600, 3)),
                tuple("ikrar-a4", new PrintSize(210, 297, 3)));
        assertThat(pack.frame("instagram-4-5").orElseThrow().print()).isEmpty();
        assertThat(pack.frame("videotron-16-9").orElseThrow().print()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("printFrames")
    void textAndLogosKeepFiveMillimetresInsideTheTrimAndTheBackgroundCoversTheBleed(Frame frame) {
        PrintSize print = frame.print().orElseThrow();
        double u = print.unitsPerMm(frame.canvas());
        double bleed = print.bleedMm() * u;
        Rect safe = new Rect(bleed + 5 * u, bleed + 5 * u, frame.canvas().width() - 2 * (bleed + 5 * u),
                frame.canvas().height() - 2 * (bleed + 5 * u));
        for (Layer layer : frame.layers()) {
            if (layer.role() != LayerRole.DECORATION) {
                Rect b = layer.bounds();
                assertThat(b.x() >= safe.x() - 0.01 && b.y() >= safe.y() - 0.01 && b.maxX() <= safe.maxX() + 0.01
                        && b.maxY() <= safe.maxY() + 0.01).as("%s/%s inside the safe area", frame.id(), layer.id())
                        .isTrue();
            }
        }
        assertThat(frame.background()).hasValueSatisfying(argb -> assertThat(argb >>> 24).isEqualTo(0xFF));
    }

    @ParameterizedTest
    @MethodSource("posterLikeFrames")
    void postersSpeakTheCampaignFromFieldsThePackControls(Frame frame) {
        Document doc = Document.of(pack, frame);
        String rules = doc.texts().get("aturan").toLowerCase(Locale.ROOT);
        assertThat(rules).contains("atribut", "suka", "membagikan", "mengomentari", "berfoto", "kampanye");
        assertThat(doc.texts().get("lapor")).contains("Laporkan");
        assertThat(frame.fields()).extracting(TextField::key).contains("instansi", "judul", "aturan", "lapor");
        assertThat(frame.fields()).filteredOn(f -> f.key().equals("aturan")).allMatch(TextField::multiline);
        assertThat(frame.layers()).filteredOn(l -> l instanceof Layer.Text t && t.template().equals("{aturan}"))
                .singleElement().satisfies(l -> assertThat(((Layer.Text) l).flow()).isEqualTo(TextFlow.BULLETS));
    }

    @Test
    void thePledgeCardHasTheEmployeeFieldsPledgePointsAndASignatureLine() {
        Frame card = pack.frame("ikrar-a4").orElseThrow();
        assertThat(card.fields()).extracting(TextField::key)
                .contains("nama", "nip", "jabatan", "unit", "tempat", "tanggal", "ikrar", "instansi");
        assertThat(Document.of(pack, card).texts().get("ikrar").split("\n")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(card.layers()).anySatisfy(l -> assertThat(l.id()).isEqualTo("garis-tanda-tangan"));
    }

    /** Every field at its maximum length: paragraphs stay inside their boxes, lines inside their widths. */
    @ParameterizedTest
    @MethodSource("printFrames")
    void textOfTheMaximumLengthInEveryFieldIsNeverCut(Frame frame) {
        Document doc = Document.of(pack, frame);
        for (TextField field : frame.fields()) {
            String word = "Netralitas ";
            String value = word.repeat(field.maxLength() / word.length() + 1).substring(0, field.maxLength());
            doc = doc.withText(field.key(), value);
        }
        for (Layer layer : frame.layers()) {
            if (!(layer instanceof Layer.Text text)) {
                continue;
            }
            Optional<TextSetter.SetText> set = setter.set(text, doc);
            assertThat(set).as(text.id()).isPresent();
            Rectangle2D ink = set.get().outline().getBounds2D();
            Rect box = text.bounds();
            double slack = text.style().size() * 0.02;
            assertThat(ink.getMinX()).as(text.id()).isGreaterThanOrEqualTo(box.x() - slack);
            assertThat(ink.getMaxX()).as(text.id()).isLessThanOrEqualTo(box.maxX() + slack);
            if (text.flow() != TextFlow.LINE) {
                assertThat(ink.getMinY()).as(text.id()).isGreaterThanOrEqualTo(box.y() - slack);
                assertThat(ink.getMaxY()).as(text.id()).isLessThanOrEqualTo(box.maxY() + slack);
            }
        }
    }
}
