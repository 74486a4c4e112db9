// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.cli.BingkaiCli;
import id.bingkai.cli.Console;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.error.PackException;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The font cases of the hostile pass, each loaded in this JVM and rendered to a print PDF through the command line:
 * a broken font refuses the pack with a message in Indonesian naming the font file and the reason, and no PDF (nor
 * a temporary file) is left; the valid small font gives a PDF. {@link HostileInputTest} runs them in a small heap
 * with every other reader.
 */
class HostileFontsTest {
    @TempDir
    Path dir;

    static Stream<HostileCase> cases() {
        return HostileFonts.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBrokenFontRefusesThePackNamingTheFontAndAPdfIsWholeOrAbsent(HostileCase c) throws IOException {
        Path input = c.maker().make(Files.createDirectories(dir.resolve("masuk")));
        PackLoader packs = new PackLoader(new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()),
                PackLimits.DEFAULT);
        PackException refused = catchThrowableOfType(PackException.class, () -> packs.load(input));
        Path photo = Files.write(dir.resolve("foto.jpg"), ImageFiles.jpeg(Pictures.halves(300, 300)));
        Path out = Files.createDirectories(dir.resolve("keluar"));
        StringWriter err = new StringWriter();
        int code = new BingkaiCli(id.bingkai.wiring.Services.create(new Messages(Messages.INDONESIAN)),
                new Console(new PrintWriter(new StringWriter()), new PrintWriter(err)), () -> 1)
                .run("render", "--pack", input.toString(), "--photo", photo.toString(), "--out",
                        out.resolve("poster.pdf").toString());

        if (c.expect().mayOpen()) {
            assertThat(refused).as("refused: %s", refused).isNull();
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.resolve("poster.pdf")).isNotEmptyFile();
            return;
        }
        assertThat(refused).as("the pack is refused").isNotNull();
        assertThat(refused.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(HostileFonts.FONT);
            assertThat(c.expect().keys()).contains(p.reason().key());
        });
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains(HostileFonts.FONT).contains("fon").doesNotContain("Exception")
                .doesNotContain("\tat ");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("no PDF and no temporary file").isEmpty();
        }
    }
}
