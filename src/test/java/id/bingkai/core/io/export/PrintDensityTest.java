// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.ImageBytes;
import id.bingkai.testing.Needs;
import id.bingkai.testing.SyntheticPhotos;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A print image records its resolution (PNG {@code pHYs} in pixels per metre, JPEG JFIF density in dots per inch),
 * so a print shop's software opens a 300 dpi poster at its real size; a screen image keeps its bytes as before.
 */
class PrintDensityTest {
    static Stream<Arguments> encoders() {
        return ImageExporterJpegEncodersTest.encoders();
    }

    @ParameterizedTest(name = "{0} dpi")
    @ValueSource(ints = {300, 150, 72})
    void pngOfAPrintFrameCarriesPhysInPixelsPerMetre(int dpi) {
        byte[] bytes = new ImageExporter().encode(SyntheticPhotos.draw(120, 80),
                new ExportOptions(ImageFormat.PNG, 0.9f, false, List.of()).withDpi(dpi));

        assertThat(ImageBytes.pngStructure(bytes)).containsExactly("IHDR", "pHYs", "iTXt", "IDAT", "IEND");
        ByteBuffer phys = ByteBuffer.wrap(ImageBytes.pngChunks(bytes).get(1).data());
        long ppm = Math.round(dpi / 0.0254);
        assertThat(phys.getInt(0)).as("x pixels per metre").isEqualTo((int) ppm);
        assertThat(phys.getInt(4)).as("y pixels per metre").isEqualTo((int) ppm);
        assertThat(phys.get(8)).as("unit: metre").isEqualTo((byte) 1);
        if (dpi == 300) {
            assertThat(ppm).isEqualTo(11811);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encoders")
    void jpegOfAPrintFrameCarriesJfifDensityInDotsPerInch(String name, Optional<ImageExporter> encoder) {
        ImageExporter exporter = Needs.present(encoder, name);
        byte[] bytes = exporter.encode(SyntheticPhotos.draw(160, 120),
                new ExportOptions(ImageFormat.JPEG, 0.9f, false, List.of()).withDpi(300));

        ByteBuffer jfif = ByteBuffer.wrap(ImageBytes.jpegSegments(bytes).getFirst().payload());
        assertThat(new String(jfif.array(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("JFIF\0");
        assertThat(jfif.get(7)).as("units: dots per inch").isEqualTo((byte) 1);
        assertThat(jfif.getShort(8)).as("x density").isEqualTo((short) 300);
        assertThat(jfif.getShort(10)).as("y density").isEqualTo((short) 300);
        assertThat(ImageBytes.jpegStructure(bytes)).as("the density lives in the JFIF header: no new segment")
                .containsExactly(ImageExporterTest.JPEG_STRUCTURE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encoders")
    void aScreenJpegKeepsTheAspectOnlyHeader(String name, Optional<ImageExporter> encoder) {
        ImageExporter exporter = Needs.present(encoder, name);
        byte[] bytes = exporter.encode(SyntheticPhotos.draw(160, 120),
                new ExportOptions(ImageFormat.JPEG, 0.9f, false, List.of()));

        ByteBuffer jfif = ByteBuffer.wrap(ImageBytes.jpegSegments(bytes).getFirst().payload());
        assertThat(jfif.get(7)).as("units: none, an aspect ratio").isEqualTo((byte) 0);
        assertThat(jfif.getShort(8)).isEqualTo((short) 1);
        assertThat(jfif.getShort(10)).isEqualTo((short) 1);
    }

    @Test
    void aScreenPngHasNoPhysChunk() {
        byte[] bytes = new ImageExporter().encode(SyntheticPhotos.draw(64, 64),
                new ExportOptions(ImageFormat.PNG, 0.9f, false, List.of()));
        assertThat(ImageBytes.pngStructure(bytes)).containsExactly("IHDR", "iTXt", "IDAT", "IEND");
    }
}
