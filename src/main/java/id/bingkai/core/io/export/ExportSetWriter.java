// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Writes an {@link ExportSet} with the single-image exporter, so every file is written atomically and carries the
 * campaign tag. The no-overwrite rule covers the whole set: unless overwriting, a set of which any file already
 * exists is refused before anything is rendered or written, naming those files, so a set is never half old and half
 * new. The folder is created when missing. Each size is rendered on its own from the full photo (the layout is
 * resolution-independent), one at a time, so memory holds one image.
 */
public final class ExportSetWriter {
    /** Told after each file is written; called on the writing thread. */
    @FunctionalInterface
    public interface Progress {
        void written(int done, int total, ExportSet.Entry file);
    }

    /** Writes one image atomically with its tag: {@link ImageExporter#write}, or the editor's wrapper of it. */
    @FunctionalInterface
    public interface Sink {
        void write(BufferedImage image, Path target, ExportOptions options);
    }

    private final Sink sink;
    private final AtomicFiles files = new AtomicFiles();

    public ExportSetWriter(ImageExporter exporter) {
        this(exporter::write);
    }

    public ExportSetWriter(Sink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Refuses the set, before any work, when a file exists (without {@code overwrite}) or cannot be written.
     *
     * @throws BadInputException naming the first file at fault and the reason
     */
    public void check(ExportSet set, boolean overwrite) {
        List<Path> existing = set.existing();
        if (!overwrite && !existing.isEmpty()) {
            String names = existing.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
            throw new BadInputException(existing.getFirst(), Msg.of("export.set.error.exists", existing.size(), names));
        }
        if (Files.isDirectory(set.folder())) {
            set.files().forEach(f -> files.checkWritable(f.path(), overwrite));
        }
    }

    /**
     * Renders and writes every file of the set.
     *
     * @param render the document rendered at a width (the caller's renderer and photos)
     * @param options format, quality, keywords and overwrite, as for one image
     * @return the files written, in set order
     */
    public List<Path> write(ExportSet set, IntFunction<BufferedImage> render, ExportOptions options,
            Progress progress) {
        Objects.requireNonNull(render, "render");
        if (options.format() != set.format()) {
            throw new IllegalArgumentException("options for " + options.format() + ", set of " + set.format());
        }
        check(set, options.overwrite());
        createFolder(set.folder());
        List<Path> written = new ArrayList<>();
        int total = set.files().size();
        for (ExportSet.Entry file : set.files()) {
            sink.write(render.apply(file.width()), file.path(), options);
            written.add(file.path());
            progress.written(written.size(), total, file);
        }
        return List.copyOf(written);
    }

    private void createFolder(Path folder) {
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new BadInputException(folder, Msg.of("export.error.notAFolder", p));
                }
                break;
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BadInputException(folder, Msg.of("export.error.io", String.valueOf(e.getMessage())), e);
        }
    }
}
