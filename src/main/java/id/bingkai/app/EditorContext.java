// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.common.ExecutorTaskRunner;
import id.bingkai.app.editor.DocumentRenderer;
import id.bingkai.app.editor.PhotoFiles;
import id.bingkai.app.export.ImageWriter;
import id.bingkai.app.export.PrintOutput;
import id.bingkai.app.guideline.DocumentChecker;
import id.bingkai.app.packs.PackSource;
import id.bingkai.core.guideline.GuidelineChecker;
import id.bingkai.core.guideline.UserFindings;
import id.bingkai.core.io.pack.LoadedPack;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.print.PdfPrinting;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import id.bingkai.core.render.ResampleFilter;
import id.bingkai.core.render.Resampler;
import id.bingkai.wiring.Services;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What the editor needs from the rest of the program, passed through constructors (no globals).
 *
 * @param fullPhotos   full-resolution photo source for export (decoded at the size the export needs)
 * @param exportFolder where exports go by default (the user's Pictures folder when there is one)
 * @param checker      the guideline checker the editor and the export dialog use
 * @param batchRenderer the renderer for batch rows: each worker renders a whole photo on its own thread, as the
 *                      batch command does (splitting one photo's resampling across cores as well only makes the
 *                      workers wait for each other)
 * @param print        the print PDF to a file and through the system's print dialog
 */
public record EditorContext(DocumentRenderer renderer, PhotoFiles photos, PackSource packs, ImageWriter writer,
        PhotoSource fullPhotos, ExecutorTaskRunner tasks, DataFolder data, Path exportFolder,
        DocumentChecker checker, DocumentRenderer batchRenderer, PrintOutput print) {
    public EditorContext {
        Objects.requireNonNull(print);
        Objects.requireNonNull(batchRenderer);
        Objects.requireNonNull(renderer);
        Objects.requireNonNull(photos);
        Objects.requireNonNull(packs);
        Objects.requireNonNull(writer);
        Objects.requireNonNull(fullPhotos);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(data);
        Objects.requireNonNull(exportFolder);
        Objects.requireNonNull(checker);
    }

    /** This context printing through {@code output} instead (tests: a printer that writes a file). */
    public EditorContext withPrint(PrintOutput output) {
        return new EditorContext(renderer, photos, packs, writer, fullPhotos, tasks, data, exportFolder, checker,
                batchRenderer, output);
    }

    /** A context without print output (PDF and printing say there is no printer). */
    public EditorContext(DocumentRenderer renderer, PhotoFiles photos, PackSource packs, ImageWriter writer,
            PhotoSource fullPhotos, ExecutorTaskRunner tasks, DataFolder data, Path exportFolder,
            DocumentChecker checker, DocumentRenderer batchRenderer) {
        this(renderer, photos, packs, writer, fullPhotos, tasks, data, exportFolder, checker, batchRenderer,
                PrintOutput.NONE);
    }

    /** A context whose batch rows use the editor's renderer. */
    public EditorContext(DocumentRenderer renderer, PhotoFiles photos, PackSource packs, ImageWriter writer,
            PhotoSource fullPhotos, ExecutorTaskRunner tasks, DataFolder data, Path exportFolder,
            DocumentChecker checker) {
        this(renderer, photos, packs, writer, fullPhotos, tasks, data, exportFolder, checker, renderer);
    }

    /** The editor on top of the core services every front end shares. */
    public static EditorContext of(Services services, DataFolder data, Executor background, Executor ui) {
        var images = services.images();
        PhotoFiles photos = new PhotoFiles() {
            @Override
            public PhotoRef ref(Path file) {
                return images.ref(file);
            }

            @Override
            public BufferedImage load(Path file, int minWidth, int minHeight) {
                return images.load(file, minWidth, minHeight);
            }
        };
        PackSource packs = new PackSource() {
            @Override
            public FramePack builtIn() {
                return services.packs().builtIn();
            }

            @Override
            public FramePack load(Path pack) {
                return services.packs().load(pack);
            }

            @Override
            public LoadedPack open(Path pack) {
                return services.packs().open(pack);
            }
        };
        GuidelineChecker checker = new GuidelineChecker(services.renderer(), services.fonts());
        Renderer perThread = new Renderer(services.fonts(), new Resampler(ResampleFilter.LANCZOS3, 1));
        return new EditorContext(services.renderer()::render, photos, packs, services.exporter()::write, images,
                new ExecutorTaskRunner(background, ui), data, picturesFolder(), new UserFindings(checker)::check,
                perThread::render, PrintOutput.of(services.pdf(), new PdfPrinting(services.pdf()), images));
    }

    static Path picturesFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        for (String name : new String[] {"Pictures", "Gambar", "Images"}) {
            Path p = home.resolve(name);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return home;
    }
}
