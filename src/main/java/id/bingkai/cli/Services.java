// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.guideline.GuidelineChecker;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.export.ImageExporter;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpeg;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.image.turbo.TurboJpegEncoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.Renderer;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The core services one run of the program uses, created once and passed to every command. Each is made on first
 * use: reading the Inter faces or finding libjpeg-turbo takes milliseconds that {@code --version} or a mistyped
 * command never need. A command that will surely draw text has the fonts loaded ahead, on a helper thread.
 * Every accessor is thread-safe.
 */
public final class Services {
    private final Messages messages;
    private final PrintWriter out;
    private final PrintWriter err;
    private final FutureTask<Io> io = new FutureTask<>(Io::create);
    /** One font library for the renderer and the guideline checks. */
    private final FutureTask<FontLibrary> fonts = new FutureTask<>(FontLibrary::new);
    private final FutureTask<Renderer> renderer = new FutureTask<>(() -> new Renderer(fonts()));

    private Services(Messages messages, PrintWriter out, PrintWriter err) {
        this.messages = Objects.requireNonNull(messages);
        this.out = Objects.requireNonNull(out);
        this.err = Objects.requireNonNull(err);
    }

    public static Services create(Messages messages, PrintWriter out, PrintWriter err) {
        return new Services(messages, out, err);
    }

    /** Image and pack I/O, with libjpeg-turbo (one library, shared by decoder and encoder) when it is installed. */
    private record Io(ImageLoader images, PackLoader packs, ImageExporter exporter, Optional<TurboJpeg> turbo) {
        static Io create() {
            Optional<TurboJpeg> turbo = TurboJpeg.find();
            ImageLoader images = new ImageLoader(PixelBudget.DEFAULT, turbo.map(TurboJpegDecoder::new));
            return new Io(images, new PackLoader(images, PackLimits.DEFAULT),
                    new ImageExporter(new AtomicFiles(), turbo.map(TurboJpegEncoder::new)), turbo);
        }
    }

    /**
     * For a command that will render: on a helper thread, while the main thread parses the arguments and reads the
     * pack, makes in the order a render needs them the image I/O with libjpeg-turbo's decoder bound, the fonts, and
     * for {@code export} the encoder. Each costs tens of milliseconds on a cold JVM. Failures are left for the
     * main thread to meet (and report) when it asks.
     */
    public void prepareRendering(boolean export) {
        Thread.ofPlatform().daemon().name("bingkai-prepare").start(() -> {
            io.run();
            turbo().ifPresent(TurboJpeg::bindDecoder);
            fonts.run();
            if (export) {
                turbo().ifPresent(TurboJpeg::bindEncoder);
            }
        });
    }

    private Optional<TurboJpeg> turbo() {
        try {
            return join(io).turbo();
        } catch (RuntimeException | Error e) {
            return Optional.empty();
        }
    }

    public Messages messages() {
        return messages;
    }

    public ImageLoader images() {
        return join(io).images();
    }

    public PackLoader packs() {
        return join(io).packs();
    }

    public FontLibrary fonts() {
        return join(fonts);
    }

    public Renderer renderer() {
        return join(renderer);
    }

    /** A guideline checker that measures text with the renderer's fonts. */
    public GuidelineChecker checker() {
        return new GuidelineChecker(renderer(), fonts());
    }

    public ImageExporter exporter() {
        return join(io).exporter();
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** Runs the task here unless it has run or is running elsewhere, then waits for its result. */
    private static <T> T join(FutureTask<T> task) {
        task.run();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
