// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.soak;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.kiosk.config.HandoffConfig;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.server.LanServer;
import id.bingkai.kiosk.server.Link;
import id.bingkai.kiosk.server.ServerLimits;
import id.bingkai.kiosk.server.Tokens;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.kiosk.session.VisitorSession;
import id.bingkai.kiosk.session.Wipe;
import id.bingkai.kiosk.source.Capture;
import id.bingkai.kiosk.source.PhotoSource;
import id.bingkai.kiosk.source.ReplaySource;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import id.bingkai.wiring.Services;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simulated visitors, headless, through the real pieces: replay source → the real renderer → the result published
 * on the real LAN server → downloaded with a real HTTP client → wipe (link revoked, files gone). Checks that no
 * file is left and the heap stays flat. {@code ./test} runs a short soak; the full one is
 * {@code ./mvnw -q -o test -Dtest=KioskSoakTest -Dbingkai.soak.visitors=1000} (numbers in docs/kiosk.md).
 */
class KioskSoakTest {
    @TempDir
    Path dir;

    @Test
    void visitorsLeaveNothingBehindAndTheHeapStaysFlat() throws Exception {
        int visitors = Integer.getInteger("bingkai.soak.visitors", 40);
        Services services = Services.create(new Messages(Locale.ENGLISH));
        FramePack pack = services.packs().builtIn();
        Frame frame = pack.frames().getFirst();
        Path photo = Files.write(dir.resolve("replay.jpg"), ImageFiles.encode(Pictures.noise(1600, 1200, 5), "jpeg"));
        Path work = dir.resolve("work");
        KioskCounters counters = new KioskCounters();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        LanServer server = new LanServer(new HandoffConfig.Server("127.0.0.1", port), ServerLimits.DEFAULT,
                services.messages(), services.images(), counters, Instant::now, new Tokens(new SecureRandom()));
        assertThat(server.start()).isEmpty();
        Wipe wipe = new Wipe(work, Optional.empty(), server, counters);
        AtomicReference<Capture> taken = new AtomicReference<>();
        ReplaySource source = new ReplaySource(List.of(photo), false);
        source.start(new PhotoSource.Listener() {
            @Override
            public void photo(Capture capture) {
                taken.set(capture);
            }

            @Override
            public void fault(KioskFault fault) {
                throw new AssertionError(fault.toString());
            }
        });
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            int warmUp = Math.min(20, visitors / 2);
            long heapBefore = 0;
            long started = 0;
            for (int i = 0; i < visitors; i++) {
                if (i == warmUp) {
                    heapBefore = settledHeap();
                    started = System.nanoTime();
                }
                VisitorSession session = wipe.begin();
                source.capture();
                session.took(taken.get());
                Document doc = Document.of(pack, frame).withPhoto(services.images().ref(taken.get().file()));
                BufferedImage image = services.renderer().render(doc, 640, services.images());
                byte[] jpeg = services.exporter().encode(image, new ExportOptions(ImageFormat.JPEG, 0.9f, false,
                        List.of("#ASNpilihNETRAL")));
                Files.write(session.newFile("render", "jpg"), jpeg);
                Link link = server.publish(jpeg, "jpg", "Saya ASN, saya netral.", Duration.ofMinutes(10));
                session.linked(link.token());
                HttpResponse<byte[]> download = client.send(HttpRequest.newBuilder(URI.create(link.url() + "/unduh"))
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(download.statusCode()).isEqualTo(200);
                assertThat(download.body()).isEqualTo(jpeg);
                assertThat(wipe.wipe(session)).isEmpty();
                if (i % 10 == 0) {
                    assertThat(client.send(HttpRequest.newBuilder(URI.create(link.url())).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
                }
            }
            long seconds = Duration.ofNanos(System.nanoTime() - started).toMillis();
            long heapAfter = settledHeap();
            System.out.printf(Locale.ROOT, "kiosk soak: %d visitors (%d timed) in %.1f s, %.0f ms each;"
                    + " heap after GC %.1f MB -> %.1f MB%n", visitors, visitors - warmUp, seconds / 1000.0,
                    (double) seconds / Math.max(1, visitors - warmUp), heapBefore / 1e6, heapAfter / 1e6);
            assertThat(heapAfter - heapBefore).as("heap growth over the soak").isLessThan(48L * 1024 * 1024);
        } finally {
            source.stop();
            server.stop();
        }
        try (Stream<Path> left = Files.walk(work)) {
            assertThat(left.filter(p -> !p.equals(work)).toList()).as("files left behind").isEmpty();
        }
        assertThat(server.liveLinks()).isZero();
        assertThat(counters.snapshot().visitors()).isEqualTo(visitors);
        assertThat(counters.snapshot().downloads()).isEqualTo(visitors);
    }

    private static long settledHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
