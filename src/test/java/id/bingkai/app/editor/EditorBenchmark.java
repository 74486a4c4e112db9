// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.app.common.Notice;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.wiring.Services;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Measures how the editor feels with real photos: time from "open" to the first preview, and preview frames
 * per second while a drag or a zoom sends 120 input events per second. Not a unit test (timings depend on the
 * machine); run it by hand, see docs/performance-editor.md:
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) id.bingkai.app.editor.EditorBenchmark
 *     PREVIEW_WIDTH PHOTO...</pre>
 *
 * A single-thread executor stands in for the FX thread; the preview renders on a background thread exactly as
 * in the window, from the preview-sized copy of the photo.
 */
public final class EditorBenchmark {
    private static final int INPUT_HZ = 120;
    private static final int SECONDS = 4;

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[0]);
        Services services = Services.create(new Messages(Locale.of("id")));
        FramePack pack = services.packs().builtIn();
        System.out.printf("preview width %d px, %d input events/s, %d s per gesture%n", width, INPUT_HZ, SECONDS);
        for (int i = 1; i < args.length; i++) {
            run(services, pack, Path.of(args[i]), width);
        }
    }

    private static void run(Services services, FramePack pack, Path photo, int width) throws Exception {
        ExecutorService ui = Executors.newSingleThreadExecutor();
        ExecutorService background = Executors.newFixedThreadPool(2);
        try {
            PhotoFiles files = new PhotoFiles() {
                @Override
                public PhotoRef ref(Path file) {
                    return services.images().ref(file);
                }

                @Override
                public BufferedImage load(Path file, int w, int h) {
                    return services.images().load(file, w, h);
                }
            };
            EditorViewModel vm = onUi(ui, () -> new EditorViewModel(Document.of(pack, pack.defaultFrame()),
                    services.renderer()::render, files, background, ui, EditorBenchmark::fail));
            onUi(ui, () -> {
                vm.previewWidthProperty().set(width);
                return null;
            });
            Thread.sleep(500);
            CountDownLatch shown = new CountDownLatch(1);
            onUi(ui, () -> {
                vm.openToPreviewMillisProperty().addListener((o, a, b) -> shown.countDown());
                vm.openPhoto(photo);
                return null;
            });
            if (!shown.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no preview within 60 s");
            }
            PhotoRef ref = vm.photo().orElseThrow().photo();
            long openMs = vm.openToPreviewMillisProperty().get();
            // Back and forth, so the photo stays in the slot: 60 events one way, 60 the other.
            double dragFps = gesture(vm, ui, i -> vm.moveBy((i / 60 % 2 == 0 ? 1.5 : -1.5), 0.8 * Math.signum(
                    Math.sin(i / 20.0))));
            double zoomFps = gesture(vm, ui, i -> vm.zoomAbout(i / 60 % 2 == 0 ? 1.01 : 1 / 1.01, 540, 540));
            long renderMs = vm.previewProperty().get().renderNanos() / 1_000_000;
            if (!vm.previewProperty().get().document().primaryPhoto().isPresent()) {
                throw new IllegalStateException("no photo in the preview");
            }
            System.out.printf("%s (%d x %d, %.0f MP): open -> first preview %d ms; drag %.1f fps; zoom %.1f fps;"
                    + " last render %d ms%n", photo.getFileName(), ref.width(), ref.height(),
                    ref.width() * (double) ref.height() / 1e6, openMs, dragFps, zoomFps, renderMs);
        } finally {
            ui.shutdownNow();
            background.shutdownNow();
        }
    }

    /** Sends input events at INPUT_HZ for SECONDS and counts the previews that reach the screen. */
    private static double gesture(EditorViewModel vm, ExecutorService ui, java.util.function.IntConsumer step)
            throws Exception {
        onUi(ui, () -> {
            vm.beginGesture();
            return null;
        });
        long before = onUi(ui, vm::previewsShown);
        long start = System.nanoTime();
        long period = 1_000_000_000L / INPUT_HZ;
        int i = 0;
        for (long next = start; next - start < SECONDS * 1_000_000_000L; next += period) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int n = i++;
            ui.execute(() -> step.accept(n));
        }
        long after = onUi(ui, vm::previewsShown);
        double seconds = (System.nanoTime() - start) / 1e9;
        onUi(ui, () -> {
            vm.endGesture();
            return null;
        });
        Thread.sleep(300);
        return (after - before) / seconds;
    }

    private static <T> T onUi(ExecutorService ui, java.util.concurrent.Callable<T> work) throws Exception {
        return ui.submit(work).get(60, TimeUnit.SECONDS);
    }

    private static void fail(Notice notice) {
        throw new IllegalStateException(notice.toString());
    }
}
