// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in sample set loads and keeps the campaign guideline it was designed for (docs/sample-pack.md). */
class SamplePackTest {
    private static final String RESOURCES = "/id/bingkai/core/sample/";

    private static FramePack pack;

    @BeforeAll
    static void load() {
        pack = new PackLoader(new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()), PackLimits.DEFAULT).builtIn();
    }

    static Stream<Frame> frames() {
        return pack.frames().stream();
    }

    static Stream<Frame> profileFrames() {
        return frames().filter(f -> f.kind() == FrameKind.PROFILE);
    }

    @Test
    void builtInPackIsTheLabelledSampleSet() {
        assertThat(pack.id()).isEqualTo("contoh-asn-pilih-netral");
        assertThat(pack.sample()).isTrue();
        assertThat(pack.name().get(Locale.forLanguageTag("id"))).isEqualTo("Contoh ASN Pilih Netral");
        assertThat(pack.name().get(Locale.ENGLISH)).isEqualTo("ASN Pilih Netral (sample)");
        assertThat(pack.tag()).isEqualTo(FramePack.CAMPAIGN_TAG);
        assertThat(pack.caption().get(Locale.forLanguageTag("id"))).contains(FramePack.CAMPAIGN_TAG);
        assertThat(pack.caption().get(Locale.ENGLISH)).contains(FramePack.CAMPAIGN_TAG);
    }

    @Test
    void packHasTheProfileStatusAndPrintFramesOfTheRightKindAndSize() {
        assertThat(pack.frames()).extracting(Frame::id, Frame::kind, f -> f.canvas().width(), f -> f.canvas().height())
                .containsExactly(
                        tuple("bingkai-penuh", FrameKind.PROFILE, 1080, 1080),
                        tuple("lencana-lingkaran", FrameKind.PROFILE, 1080, 1080),
                        tuple("pita-sudut", FrameKind.PROFILE, 1080, 1080),
                        tuple("status-cerita", FrameKind.STATUS, 1080, 1920),
                        tuple("poster-a4", FrameKind.POSTER, 2160, 3030),
                        tuple("poster-a3", FrameKind.POSTER, 3030, 4260),
                        tuple("instagram-4-5", FrameKind.POSTER, 1080, 1350),
                        tuple("videotron-16-9", FrameKind.BANNER, 1920, 1080),
                        tuple("spanduk-3x1", FrameKind.BANNER, 3000, 1000),
                        tuple("roll-up-60x160", FrameKind.BANNER, 1212, 3212),
                        tuple("ikrar-a4", FrameKind.CARD, 2160, 3030));
        assertThat(pack.defaultFrame().id()).isEqualTo("bingkai-penuh");
    }

    @ParameterizedTest
    @MethodSource("frames")
    void everyFrameShowsTheTagAndTheCampaignName(Frame frame) {
        List<Layer.Text> texts = texts(frame);
        assertThat(texts).anySatisfy(t -> {
            assertThat(t.role()).isEqualTo(LayerRole.TAG);
            assertThat(t.template()).contains("{tag}");
        });
        assertThat(texts).anySatisfy(t -> assertThat(t.template()).containsIgnoringCase("ASN Pilih Netral"));
        assertThat(frame.layers()).filteredOn(l -> l.role() == LayerRole.LOGO).hasSize(1);
    }

    /** The profile and status frames: a name, nothing prefilled (poster and card fields are in PrintSamplesTest). */
    static Stream<Frame> screenPortraitFrames() {
        return frames().filter(f -> f.kind() == FrameKind.PROFILE || f.kind() == FrameKind.STATUS);
    }

    @ParameterizedTest
    @MethodSource("screenPortraitFrames")
    void fieldsAreOptionalAndLimited(Frame frame) {
        assertThat(frame.fields()).allSatisfy(f -> assertThat(f.defaultValue()).isEmpty());
        assertThat(frame.fields()).allSatisfy(f -> assertThat(f.maxLength()).isLessThanOrEqualTo(60));
        assertThat(frame.fields()).extracting(f -> f.key()).contains("nama");
    }

    @ParameterizedTest
    @MethodSource("profileFrames")
    void logoTagAndTextsOfProfileFramesLieInsideTheInscribedCircle(Frame frame) {
        double cx = frame.canvas().width() / 2.0;
        double cy = frame.canvas().height() / 2.0;
        double radius = Math.min(cx, cy);
        for (Layer layer : frame.layers()) {
            if (layer.role() == LayerRole.DECORATION) {
                continue;
            }
            assertThat(farthestCorner(layer.bounds(), cx, cy))
                    .as("%s/%s (%s) distance from the centre", frame.id(), layer.id(), layer.role().id())
                    .isLessThanOrEqualTo(radius);
        }
    }

    @ParameterizedTest
    @MethodSource("profileFrames")
    void tagIsLargeEnoughToReadAt110Pixels(Frame frame) {
        // Inter's cap height is 0.727 em; the tag must keep about 64 canvas units of cap height on a 1080 canvas.
        Layer.Text tag = texts(frame).stream().filter(t -> t.role() == LayerRole.TAG).findFirst().orElseThrow();
        assertThat(tag.style().size() * 0.727).isGreaterThanOrEqualTo(62);
        assertThat(tag.bounds().height()).isGreaterThanOrEqualTo(tag.style().size());
    }

    @Test
    void statusFrameKeepsTheTopAndBottomBandsFreeOfTextAndLogos() {
        Frame status = pack.frame("status-cerita").orElseThrow();
        double top = status.canvas().height() * 0.14;
        double bottom = status.canvas().height() * 0.80;
        assertThat(status.layers()).filteredOn(l -> l.role() != LayerRole.DECORATION).isNotEmpty()
                .allSatisfy(l -> {
                    assertThat(l.bounds().y()).as(l.id()).isGreaterThanOrEqualTo(top);
                    assertThat(l.bounds().maxY()).as(l.id()).isLessThanOrEqualTo(bottom);
                });
    }

    @ParameterizedTest
    @MethodSource("frames")
    void logoKeepsAQuarterOfItsHeightClearOfTextAndOtherLogos(Frame frame) {
        for (Layer logo : frame.layers()) {
            if (logo.role() != LayerRole.LOGO) {
                continue;
            }
            Rect b = logo.bounds();
            double m = b.height() / 4;
            for (Layer other : frame.layers()) {
                if (other == logo || other.role() == LayerRole.DECORATION) {
                    continue;
                }
                Rect o = other.bounds();
                boolean overlaps = o.x() < b.maxX() + m && o.maxX() > b.x() - m
                        && o.y() < b.maxY() + m && o.maxY() > b.y() - m;
                assertThat(overlaps).as("%s/%s inside the clear space of %s", frame.id(), other.id(), logo.id())
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("frames")
    void everyImageLayerIsAVectorSoAnyExportSizeIsSharp(Frame frame) {
        assertThat(frame.layers()).filteredOn(Layer.Image.class::isInstance).isNotEmpty()
                .allSatisfy(l -> assertThat(((Layer.Image) l).asset()).isInstanceOf(Asset.Vector.class));
        assertThat(frame.slots()).allSatisfy(s -> assertThat(s.mask()).isEmpty());
    }

    @Test
    void svgFilesHoldOnlyPlainShapes() throws IOException {
        List<String> files = frames().flatMap(f -> f.layers().stream()).filter(Layer.Image.class::isInstance)
                .map(l -> ((Layer.Image) l).asset().name()).distinct().toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(5).allSatisfy(n -> assertThat(n).endsWith(".svg"));
        for (String name : files) {
            String svg = resource(name);
            assertThat(svg).as(name).contains("viewBox=\"")
                    .doesNotContain("<text", "<image", "<script", "<foreignObject", "href", "url(http", "@import",
                            "<style");
        }
    }

    private static List<Layer.Text> texts(Frame frame) {
        return frame.layers().stream().filter(Layer.Text.class::isInstance).map(Layer.Text.class::cast).toList();
    }

    private static double farthestCorner(Rect r, double cx, double cy) {
        double dx = Math.max(Math.abs(r.x() - cx), Math.abs(r.maxX() - cx));
        double dy = Math.max(Math.abs(r.y() - cy), Math.abs(r.maxY() - cy));
        return Math.hypot(dx, dy);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SamplePackTest.class.getResourceAsStream(RESOURCES + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
