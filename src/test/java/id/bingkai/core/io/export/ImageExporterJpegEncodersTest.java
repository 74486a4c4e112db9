// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.image.turbo.TurboJpegEncoder;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.ImageBytes;
import id.bingkai.testing.ImageComparison;
import id.bingkai.testing.Needs;
import id.bingkai.testing.SyntheticPhotos;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both JPEG encoders give the same kind of file: libjpeg-turbo (when installed) and the JDK writer, which is also
 * tested where the library exists by injecting "not available".
 */
class ImageExporterJpegEncodersTest {
    static Stream<Arguments> encoders() {
        Optional<TurboJpegEncoder> turbo = TurboJpegEncoder.system();
        // The libjpeg-turbo case is always listed, so that without the library it shows as skipped (a failure in CI).
        return Stream.of(Arguments.of("JDK", Optional.of(new ImageExporter(new AtomicFiles(), Optional.empty()))),
                Arguments.of("libjpeg-turbo", turbo.map(t -> new ImageExporter(new AtomicFiles(), Optional.of(t)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encoders")
    void baselineJfif420WithOnlyTheXmpSegmentAndTheSamePixels(String name, Optional<ImageExporter> encoder)
            throws IOException {
        ImageExporter exporter = Needs.present(encoder, name);
        BufferedImage image = SyntheticPhotos.draw(400, 300);
        byte[] bytes = exporter.encode(image, new ExportOptions(ImageFormat.JPEG, 0.9f, false, List.of("Pemda Y")));

        List<ImageBytes.Segment> segments = ImageBytes.jpegSegments(bytes);
        assertThat(new String(segments.get(0).payload(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("JFIF\0");
        assertThat(segments.get(1).marker()).isEqualTo(0xFFE1);
        assertThat(ImageBytes.jpegXmp(bytes)).contains(FramePack.CAMPAIGN_TAG).contains("Pemda Y");
        assertThat(segments.stream().map(ImageBytes.Segment::marker)).filteredOn(m -> m >= 0xFFE0 && m <= 0xFFEF)
                .containsExactly(0xFFE0, 0xFFE1);
        assertThat(ImageBytes.jpegStructure(bytes)).as("every segment in order, none de-duplicated, COM included")
                .containsExactly(ImageExporterTest.JPEG_STRUCTURE);
        ImageBytes.Segment sof = segments.stream().filter(s -> s.marker() >= 0xFFC0 && s.marker() <= 0xFFC2)
                .findFirst().orElseThrow();
        assertThat(sof.marker()).isEqualTo(0xFFC0);
        assertThat(sof.payload()[7]).as("4:2:0").isEqualTo((byte) 0x22);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes));
        ImageComparison.of(image, back).tolerance(24).maxDifferentFraction(0.01).named("jpeg-" + name).assertMatches();
    }

    @Test
    void bothEncodersUseTheSameQualityScale() {
        Optional<TurboJpegEncoder> turbo = Optional.of(Needs.present(TurboJpegEncoder.system(), "libjpeg-turbo"));
        BufferedImage image = SyntheticPhotos.draw(600, 400);
        ExportOptions options = new ExportOptions(ImageFormat.JPEG, 0.9f, false, List.of());
        int jdk = new ImageExporter(new AtomicFiles(), Optional.empty()).encode(image, options).length;
        int fast = new ImageExporter(new AtomicFiles(), turbo).encode(image, options).length;
        assertThat((double) fast / jdk).isBetween(0.9, 1.1);
    }
}
