// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonPrimitive;
import id.bingkai.Main;
import id.bingkai.testing.TimeLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real program ({@link Main}) in a JVM whose default charset is not UTF-8 (an Indonesian Windows PC uses
 * windows-1252), and in a POSIX "C" locale: names with accents (decomposed, as macOS writes them), emoji and
 * spaces still work where the system can represent them, a clear message says what to do where it cannot, and no
 * library prints a stack trace on the console.
 */
class ForeignLocaleTest {
    private static final Duration LIMIT = TimeLimits.scaled(Duration.ofSeconds(60));

    @TempDir
    Path dir;

    private ChildJvm.Result bingkai(List<String> flags, String locale, String... args) throws Exception {
        Path logs = Files.createTempDirectory(dir, "log");
        return ChildJvm.run(flags, Main.class, List.of(args), logs, LIMIT, Map.of("LC_ALL", locale, "LANG", locale));
    }

    private Path photo(String name) throws IOException {
        return Files.write(dir.resolve(Normalizer.normalize(name, Normalizer.Form.NFD)), HostileImages.sampleJpeg());
    }

    /** A pack whose folder name and manifest text go beyond Latin-1. */
    private Path pack(String folder) throws IOException {
        return HostilePacks.writeFolder(dir.resolve(Normalizer.normalize(folder, Normalizer.Form.NFD)),
                HostilePacks.files(HostilePacks.with("name", new JsonPrimitive("Kementerian – Désa “Netral” 😀"))));
    }

    @ParameterizedTest(name = "file.encoding={0}")
    @ValueSource(strings = {"ISO-8859-1", "windows-1252"})
    void aLegacyDefaultCharsetChangesNothing(String charset) throws Exception {
        List<String> flags = List.of("-Dfile.encoding=" + charset);
        Path photo = photo("Désirée Ñoño 😀 dari HP.jpg");
        Path pack = pack("Paket – Dinas 😀");
        Path out = dir.resolve(Normalizer.normalize("hasil é 😀.png", Normalizer.Form.NFD));

        ChildJvm.Result render = bingkai(flags, "C.UTF-8", "render", "--pack", pack.toString(), "--photo",
                photo.toString(), "--width", "300", "--out", out.toString());
        ChildJvm.Result lint = bingkai(flags, "C.UTF-8", "lint", pack.toString());

        assertThat(render.exitCode()).as(render.err()).isZero();
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(300);
        assertThat(lint.exitCode()).as(lint.err()).isZero();
    }

    @Test
    void aPosixLocaleExplainsNamesItCannotRepresentAndStillReadsUtf8Manifests() throws Exception {
        Path photo = photo("Désirée 😀.jpg");
        Path plainPhoto = photo("foto.jpg");
        Path pack = HostilePacks.writeFolder(dir.resolve("paket"),
                HostilePacks.files(HostilePacks.with("name", new JsonPrimitive("Kementerian – Désa 😀"))));

        ChildJvm.Result accented = bingkai(List.of(), "C", "render", "--photo", photo.toString(), "--out",
                dir.resolve("a.png").toString());
        ChildJvm.Result plain = bingkai(List.of(), "C", "render", "--pack", pack.toString(), "--photo",
                plainPhoto.toString(), "--width", "300", "--out", dir.resolve("b.png").toString());

        assertThat(accented.exitCode()).isEqualTo(2);
        assertThat(accented.err()).contains("UTF-8").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(dir.resolve("b.png")).exists();
    }

    @Test
    void aBrokenSvgIsReportedWithoutALibraryStackTraceOnTheConsole() throws Exception {
        Path pack = HostilePacks.writeFolder(dir.resolve("rusak"),
                HostilePacks.withSvg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect"));

        ChildJvm.Result lint = bingkai(List.of(), "C.UTF-8", "lint", pack.toString());

        assertThat(lint.exitCode()).isEqualTo(3);
        assertThat(lint.err()).contains("logo.svg").doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("WARNING");
    }
}
