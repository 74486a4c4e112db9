// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.guideline.CheckOptions;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.guideline.GuidelineChecker;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageExporter;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.Renderer;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The core work behind the screens: a visitor's photo decoded once at kiosk size, previews and the result from
 * the one renderer, the result written atomically with the campaign keyword, and the guideline's say on it before
 * it is written (the same blocking findings as the editor's export and the command line). Thread-safe; called off
 * the FX thread.
 */
public final class Renders {
    /** The photo is kept at least this large: enough for every frame's design size, small enough to stay quick. */
    static final int PHOTO_SIDE = 2048;

    private final Renderer renderer;
    private final ImageLoader images;
    private final ImageExporter exporter;
    private final GuidelineChecker checker;

    public Renders(Renderer renderer, ImageLoader images, ImageExporter exporter, GuidelineChecker checker) {
        this.renderer = Objects.requireNonNull(renderer);
        this.images = Objects.requireNonNull(images);
        this.exporter = Objects.requireNonNull(exporter);
        this.checker = Objects.requireNonNull(checker);
    }

    /** A decoded photo: its reference (full size, for the placement) and the kiosk-sized pixels. */
    public record Photo(PhotoRef ref, BufferedImage pixels) {
        public Photo {
            Objects.requireNonNull(ref);
            Objects.requireNonNull(pixels);
        }
    }

    /** Decodes the file; fails with the loader's message naming the file when it is not a usable image. */
    public Photo load(Path file) {
        PhotoRef ref = images.ref(file);
        return new Photo(ref, images.load(file, Math.min(PHOTO_SIDE, ref.width()), Math.min(PHOTO_SIDE, ref.height())));
    }

    public BufferedImage render(Document doc, Photo photo, int width) {
        return renderer.render(doc, width, (ref, w, h) -> photo.pixels());
    }

    /**
     * The findings that stop this result, checked as the editor's export and {@code bingkai render} check it (the
     * frame's own guideline settings, at the width the result is written); empty when it may be written.
     */
    public List<Finding> blocking(Document doc, Photo photo) {
        GuidelineReport report = checker.check(doc, CheckOptions.screen(doc.frame().guideline())
                .withExportWidth(doc.frame().canvas().width()), (ref, w, h) -> photo.pixels());
        return report.blocksExport() ? report.blocking() : List.of();
    }

    /** Renders at the frame's design width and writes it as a JPEG, atomically, to {@code target}. */
    public Path result(Document doc, Photo photo, Path target) {
        BufferedImage image = render(doc, photo, doc.frame().canvas().width());
        exporter.write(image, target, new ExportOptions(ImageFormat.JPEG, ExportOptions.DEFAULT_QUALITY, true,
                doc.pack().keywords()));
        return target;
    }
}
