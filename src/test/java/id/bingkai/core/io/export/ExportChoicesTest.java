// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.testing.TestFrames;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small choices around an export: its format from the name, its file name, its options and sizes. */
class ExportChoicesTest {
    @Test
    void theFormatFollowsTheExtensionWhateverItsCase() {
        assertThat(ImageFormat.fromFileName(Path.of("a/hasil.png"))).contains(ImageFormat.PNG);
        assertThat(ImageFormat.fromFileName(Path.of("hasil.PNG"))).contains(ImageFormat.PNG);
        assertThat(ImageFormat.fromFileName(Path.of("hasil.jpg"))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.fromFileName(Path.of("hasil.Jpeg"))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.fromFileName(Path.of("hasil.gif"))).isEmpty();
        assertThat(ImageFormat.fromFileName(Path.of("png"))).as("no dot, no extension").isEmpty();
        assertThat(ImageFormat.fromFileName(Path.of("hasil.png.txt"))).isEmpty();
        assertThat(ImageFormat.fromFileName(Path.of("/"))).as("no file name at all").isEmpty();
        assertThat(ImageFormat.PNG.extension()).isEqualTo("png");
        assertThat(ImageFormat.JPEG.extension()).isEqualTo("jpg");
    }

    @Test
    void slugsArePlainLowerCaseAsciiJoinedBySingleHyphens() {
        assertThat(ExportNames.slug("Siti Âminah")).isEqualTo("siti-aminah");
        assertThat(ExportNames.slug("  --Dr. H. Ahmad, S.Kom.--  ")).isEqualTo("dr-h-ahmad-s-kom");
        assertThat(ExportNames.slug("Ña 2024")).isEqualTo("na-2024");
        assertThat(ExportNames.slug("")).isEmpty();
        assertThat(ExportNames.slug("!!!")).isEmpty();
    }

    @Test
    void slugsAreCutAtFortyCharactersWithoutATrailingHyphen() {
        String forty = "a".repeat(40);
        assertThat(ExportNames.slug(forty)).isEqualTo(forty);
        assertThat(ExportNames.slug(forty + "bcd")).isEqualTo(forty);
        assertThat(ExportNames.slug("a".repeat(39) + " bcd")).as("the cut falls on the hyphen")
                .isEqualTo("a".repeat(39));
        assertThat(ExportNames.slug("a".repeat(38) + "  b c")).isEqualTo("a".repeat(38) + "-b");
    }

    @Test
    void theBaseNameIsTheFrameAndTheTypedName() {
        Document doc = TestFrames.document(TestFrames.square("lingkaran"));

        assertThat(ExportNames.baseName(doc)).isEqualTo("bingkai-lingkaran");
        assertThat(ExportNames.baseName(doc.withText("nama", "Siti Âminah, S.H."))).isEqualTo(
                "bingkai-lingkaran-siti-aminah-s-h");
        assertThat(ExportNames.baseName(doc.withText("nama", " ... "))).isEqualTo("bingkai-lingkaran");
        assertThat(ExportNames.baseName(doc.withText("unit", "Dinas"))).isEqualTo("bingkai-lingkaran");
    }

    @Test
    void optionsAcceptTheEdgesOfQualityAndDensityAndRefuseWhatIsOutside() {
        assertThat(new ExportOptions(ImageFormat.JPEG, 0f, false, List.of()).quality()).isZero();
        assertThat(new ExportOptions(ImageFormat.JPEG, 1f, false, List.of()).quality()).isEqualTo(1f);
        assertThat(new ExportOptions(ImageFormat.PNG, 0.5f, false, List.of(), 65535).dpi()).isEqualTo(65535);
        assertThat(new ExportOptions(ImageFormat.PNG, 0.5f, false, List.of()).dpi()).isZero();
        for (float bad : new float[] {-0.01f, 1.01f, Float.NaN}) {
            assertThatThrownBy(() -> new ExportOptions(ImageFormat.JPEG, bad, false, List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quality");
        }
        for (int bad : new int[] {-1, 65536}) {
            assertThatThrownBy(() -> new ExportOptions(ImageFormat.PNG, 0.9f, false, List.of(), bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dpi");
        }
        assertThatThrownBy(() -> new ExportOptions(null, 0.9f, false, List.of()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void withDpiKeepsEverythingElse() {
        ExportOptions screen = new ExportOptions(ImageFormat.JPEG, 0.7f, true, List.of("Dinas"));

        assertThat(screen.withDpi(300)).isEqualTo(new ExportOptions(ImageFormat.JPEG, 0.7f, true, List.of("Dinas"),
                300));
    }

    @Test
    void presetsHaveTheirWidthsLabelsAndAnAspectToleranceOfOnePercent() {
        assertThat(List.of(ExportPreset.values())).extracting(ExportPreset::width)
                .containsExactly(640, 1080, 400, 720, 1080);
        assertThat(ExportPreset.X.labelKey()).isEqualTo("export.dialog.preset.x-linkedin");
        assertThat(ExportPreset.STATUS.labelKey()).isEqualTo("export.dialog.preset.status");
        assertThat(ExportPreset.WHATSAPP.suits(new CanvasSize(1009, 1000))).isTrue();
        assertThat(ExportPreset.WHATSAPP.suits(new CanvasSize(1000, 1009))).isTrue();
        assertThat(ExportPreset.WHATSAPP.suits(new CanvasSize(1011, 1000))).isFalse();
        assertThat(ExportPreset.WHATSAPP.suits(new CanvasSize(1000, 1011))).isFalse();
        assertThat(ExportPreset.STATUS.suits(new CanvasSize(1080, 1890))).isTrue();
        assertThat(ExportPreset.STATUS.suits(new CanvasSize(1080, 1880))).isFalse();
        assertThat(ExportPreset.STATUS.suits(new CanvasSize(1080, 1080))).isFalse();
    }
}
