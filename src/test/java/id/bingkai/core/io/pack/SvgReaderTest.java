// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.weisj.jsvg.SVGDocument;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestPacks;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An SVG file read on its own: what is refused, with which words, and what an embedded picture draws. */
class SvgReaderTest {
    private final Problems problems = new Problems();

    private Optional<SVGDocument> read(String text) {
        return new SvgReader(PackLoaders.IMAGEIO).read(text.getBytes(StandardCharsets.ISO_8859_1), "logo.svg",
                "frames[0].layers[1].file", problems);
    }

    private static String svg(String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"40\" height=\"20\">" + body + "</svg>";
    }

    private static Problem problem(String key, Object... args) {
        return new Problem("logo.svg", "frames[0].layers[1].file", Msg.of(key, args));
    }

    /** The colour at the centre of the document drawn on 40 x 20 pixels. */
    private static int centre(SVGDocument document) {
        BufferedImage out = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        document.render(null, g);
        g.dispose();
        return out.getRGB(20, 10);
    }

    private static String image(String href) {
        return "<image href=\"" + href + "\" width=\"40\" height=\"20\" preserveAspectRatio=\"none\"/>";
    }

    private static String redPng() {
        return Base64.getEncoder().encodeToString(TestPacks.png(Pictures.solid(4, 4, Color.RED)));
    }

    @Test
    void aPlainSvgIsReadWithItsSize() {
        SVGDocument document = read(svg("<rect width=\"40\" height=\"20\" fill=\"#0000FF\"/>")).orElseThrow();

        assertThat(document.size().width).isEqualTo(40);
        assertThat(document.size().height).isEqualTo(20);
        assertThat(centre(document)).isEqualTo(0xFF0000FF);
        assertThat(problems.list()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"data:image/png;base64,", "DATA:IMAGE/PNG;BASE64,", " data:image/png;base64,"})
    void anEmbeddedPngIsDrawnWhateverTheCaseOfItsHeader(String header) {
        String png = redPng();
        String wrapped = png.substring(0, 20) + "\n   " + png.substring(20, 40) + "\t" + png.substring(40);

        assertThat(centre(read(svg(image(header + wrapped))).orElseThrow())).isEqualTo(0xFFFF0000);
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void aPercentEncodedPngIsDrawnToo() {
        // Every byte percent-encoded as RFC 2397 allows, except the safe ASCII ones; a "+" stays a plus.
        String png = new String(TestPacks.png(Pictures.solid(4, 4, Color.GREEN)), StandardCharsets.ISO_8859_1);
        String encoded = URLEncoder.encode(png, StandardCharsets.ISO_8859_1).replace("+", "%20").replace("%2B", "+");

        Optional<SVGDocument> document = read(svg(image("data:image/png," + encoded)));
        assertThat(document).as(problems.list().toString()).isPresent();
        assertThat(centre(document.orElseThrow())).isEqualTo(0xFF00FF00);
    }

    @Test
    void aDataAddressWithoutAMediaTypeIsReadFromItsBytes() {
        // RFC 2397 lets the media type go ("data:,..."); what the picture is comes from its bytes anyway.
        String png = new String(TestPacks.png(Pictures.solid(4, 4, Color.GREEN)), StandardCharsets.ISO_8859_1);
        String encoded = URLEncoder.encode(png, StandardCharsets.ISO_8859_1).replace("+", "%20").replace("%2B", "+");

        Optional<SVGDocument> document = read(svg(image("data:," + encoded)));
        assertThat(document).as(problems.list().toString()).isPresent();
        assertThat(centre(document.orElseThrow())).isEqualTo(0xFF00FF00);
    }

    @Test
    void aDataAddressWithoutAPayloadIsAnUnreadableEmbeddedPicture() {
        assertThat(read(svg(image("data:image/png;base64" + redPng())))).isEmpty();

        assertThat(problems.list()).contains(problem("pack.problem.svg.embedded"));
    }

    @Test
    void anEmbeddedPictureTheDecoderRefusesIsNamedByItsReason() {
        assertThat(read(svg(image("data:image/png;base64,AAAA")))).isEmpty();

        assertThat(problems.list()).contains(problem("pack.problem.image.broken"));
    }

    @Test
    void aLongRefusedAddressIsShortenedTo80Characters() {
        String eighty = "https://example.com/" + "a".repeat(60);
        String longer = eighty + "bcdef";
        assertThat(eighty).hasSize(80);

        read(svg(image(eighty) + image(longer)));

        assertThat(problems.list()).containsExactly(problem("pack.problem.svg.external", eighty),
                problem("pack.problem.svg.external", eighty + "…"));
    }

    @Test
    void anAddressThatIsNoUriIsRefusedAsWritten() {
        read(svg(image("bad^uri")));

        assertThat(problems.list()).containsExactly(problem("pack.problem.svg.external", "bad^uri"));
    }

    @Test
    void referencesInsideTheFileAreFollowedAndOthersRefused() {
        String gradient = "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#00FF00\"/>"
                + "<stop offset=\"1\" stop-color=\"#00FF00\"/></linearGradient></defs>";

        Optional<SVGDocument> quoted = read(svg(gradient + "<rect width=\"40\" height=\"20\" fill=\"url(#g)\"/>"));
        assertThat(quoted).as(problems.list().toString()).isPresent();
        assertThat(centre(quoted.orElseThrow())).isEqualTo(0xFF00FF00);
        assertThat(read(svg(gradient + "<rect width=\"40\" height=\"20\" fill=\"url(lain.svg#g)\"/>")))
                .isEmpty();
        assertThat(problems.list()).containsExactly(problem("pack.problem.svg.external", "lain.svg"));
    }

    @Test
    void aDoctypeIsFineButAnInternalSubsetIsNot() {
        String doctype = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"svg11.dtd\">";
        assertThat(read(doctype + svg("<text>[1]</text>"))).isPresent();
        assertThat(problems.list()).isEmpty();

        assertThat(read("<!DOCTYPE svg [ ]>" + svg(""))).isEmpty();
        assertThat(read("<!doctype svg [" + svg(""))).isEmpty();
        assertThat(problems.list()).containsExactly(problem("pack.problem.svg.entity"),
                problem("pack.problem.svg.entity"));
    }

    @Test
    void aDocumentWithoutAUsableSizeIsRefused() {
        assertThat(read(svg("").replace("width=\"40\"", "width=\"0\""))).isEmpty();
        assertThat(read(svg("").replace("height=\"20\"", "height=\"-5\""))).isEmpty();
        assertThat(read(svg("").replace("width=\"40\"", "width=\"1e39\""))).isEmpty();
        assertThat(read(svg("").replace("height=\"20\"", "height=\"0\""))).isEmpty();

        assertThat(problems.list()).containsExactly(problem("pack.problem.svg.noSize"),
                problem("pack.problem.svg.noSize"), problem("pack.problem.svg.noSize"),
                problem("pack.problem.svg.noSize"));
    }

    @Test
    void aFilterDeepInsideIsFound() {
        String nested = "<g><g><g><defs><FILTER id=\"f\"><feOffset dx=\"1\"/></FILTER></defs></g></g>"
                + "<rect width=\"1\" height=\"1\"/></g><circle r=\"1\"/>";

        assertThat(read(svg(nested))).isEmpty();
        assertThat(problems.list()).containsExactly(problem("pack.problem.svg.filter"));
    }

    @Test
    void textThatIsNotXmlIsBroken() {
        assertThat(read("<svg")).isEmpty();
        assertThat(problems.list()).isEqualTo(List.of(problem("pack.problem.svg.broken")));
    }
}
