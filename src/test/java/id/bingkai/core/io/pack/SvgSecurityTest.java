// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.bingkai.core.error.Problem;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Layer;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestPacks;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SVG layers can reach nothing outside their own bytes. */
class SvgSecurityTest {
    @TempDir
    Path dir;

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread listener;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listener = Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    connections.incrementAndGet();
                    socket.close();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    connections.incrementAndGet();
                }
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        listener.join(2_000);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    private List<Problem> lintWithEmblem(String svg) {
        Map<String, byte[]> files = TestPacks.pack(TestPacks.manifest());
        files.put("layers/emblem.svg", svg.getBytes(StandardCharsets.UTF_8));
        return PackLoaders.loader().lint(TestPacks.writeFolder(dir.resolve("paket"), files));
    }

    private static String svg(String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"100\" height=\"50\" viewBox=\"0 0 100 50\">" + body + "</svg>";
    }

    @Test
    void imageReferencingALocalFileIsRefused() {
        List<Problem> problems = lintWithEmblem(svg("<image href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/>"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("layers/emblem.svg");
            assertThat(p.field()).isEqualTo("frames[0].layers[1].file");
            assertThat(p.reason().key()).isEqualTo("pack.problem.svg.external");
            assertThat(p.reason().args()).containsExactly("file:///etc/passwd");
        });
    }

    @Test
    void relativeFileReferenceIsRefusedToo() {
        assertThat(lintWithEmblem(svg("<image xlink:href=\"../../rahasia.png\" width=\"10\" height=\"10\"/>")))
                .singleElement().extracting(p -> p.reason().args()).isEqualTo(List.of("../../rahasia.png"));
    }

    @Test
    void webReferencesAreRefusedWithoutConnecting() {
        String body = "<image href=\"" + url("/foto.png") + "\" width=\"10\" height=\"10\"/>"
                + "<use href=\"" + url("/lain.svg#logo") + "\"/>"
                + "<rect width=\"10\" height=\"10\" fill=\"url(" + url("/cat.svg#g") + ")\"/>";

        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> lintWithEmblem(svg(body)));

        assertThat(problems).extracting(p -> p.reason().key()).containsOnly("pack.problem.svg.external");
        assertThat(problems).extracting(p -> p.reason().args().getFirst().toString())
                .contains(url("/foto.png"), url("/lain.svg"), url("/cat.svg"));
        assertThat(connections).hasValue(0);
    }

    @Test
    void externalDtdIsNeverFetchedAndTheSvgStillLoads() {
        String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"" + url("/svg11.dtd")
                + "\">\n" + svg("<rect width=\"100\" height=\"50\" fill=\"#EC5425\"/>");

        assertThat(lintWithEmblem(text)).isEmpty();
        assertThat(connections).hasValue(0);
    }

    @Test
    void entityDeclarationsAreRefused() {
        String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY rahasia SYSTEM \"file:///etc/passwd\">]>\n"
                + svg("<text>&rahasia;</text>");

        assertThat(lintWithEmblem(text)).singleElement().extracting(p -> p.reason().key())
                .isEqualTo("pack.problem.svg.entity");
    }

    @Test
    void cssImportsAndWebFontsAreRefused() {
        String body = "<style>@import url(" + url("/gaya.css") + "); @font-face { font-family: X; src: url("
                + url("/x.woff") + "); }</style>";

        assertThat(lintWithEmblem(svg(body))).extracting(p -> p.reason().args().getFirst())
                .containsExactly("@import", "@font-face");
        assertThat(connections).hasValue(0);
    }

    @Test
    void embeddedPngIsDecodedAndDrawn() {
        BufferedImage red = Pictures.solid(8, 8, Color.RED);
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestPacks.png(red));
        Map<String, byte[]> files = TestPacks.pack(TestPacks.manifest());
        files.put("layers/emblem.svg", svg("<image href=\"" + data + "\" width=\"100\" height=\"50\""
                + " preserveAspectRatio=\"none\"/>").getBytes(StandardCharsets.UTF_8));

        var pack = PackLoaders.loader().load(TestPacks.writeFolder(dir.resolve("paket"), files));

        Asset.Vector vector = (Asset.Vector) ((Layer.Image) pack.frames().getFirst().layers().get(1)).asset();
        BufferedImage out = new BufferedImage(100, 50, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        vector.document().render(null, g);
        g.dispose();
        assertThat(out.getRGB(50, 25)).isEqualTo(0xFFFF0000);
    }

    @Test
    void brokenSvgIsReported() {
        assertThat(lintWithEmblem("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>"))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("pack.problem.svg.broken");
    }

    @Test
    void oversizedSvgIsRefusedBeforeParsing() {
        PackLimits small = new PackLimits(2_000, 256L << 20, 64L << 20, 100, 1 << 20, 32, 200, 200, 1024);
        Map<String, byte[]> files = TestPacks.pack(TestPacks.manifest());
        files.put("layers/emblem.svg", svg("<!--" + "x".repeat(2_000) + "-->").getBytes(StandardCharsets.UTF_8));

        assertThat(PackLoaders.loader(small).lint(TestPacks.writeFolder(dir.resolve("paket"), files)))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("pack.problem.svg.tooBig");
    }
}
