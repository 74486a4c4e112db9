// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import id.bingkai.core.model.CanvasSize;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The files of "every size in one click": one per preset, in one folder, named so that they sort together and say
 * what they are for ({@code bingkai-lingkaran-siti-1-whatsapp-640.jpg}). A plan only; {@link ExportSetWriter}
 * writes it.
 *
 * @param folder where every file goes
 * @param format PNG or JPEG for every file
 * @param files  one per preset, in preset order
 */
public record ExportSet(Path folder, ImageFormat format, List<Entry> files) {
    /** One file of the set: the preset, its pixel size and its path. */
    public record Entry(ExportPreset preset, int width, int height, Path path) {
        public Entry {
            Objects.requireNonNull(preset, "preset");
            Objects.requireNonNull(path, "path");
        }
    }

    public ExportSet {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(format, "format");
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("an export set needs at least one preset");
        }
    }

    /**
     * Plans the set for a frame's canvas.
     *
     * @param baseName the common start of every name, e.g. {@link ExportNames#baseName}
     * @throws IllegalArgumentException when a preset does not suit the canvas (callers offer only suiting ones)
     */
    public static ExportSet plan(CanvasSize canvas, List<ExportPreset> presets, Path folder, String baseName,
            ImageFormat format) {
        List<Entry> files = new ArrayList<>();
        int number = 1;
        for (ExportPreset p : presets.stream().distinct().sorted().toList()) {
            if (!p.suits(canvas)) {
                throw new IllegalArgumentException(p.id() + " does not suit " + canvas);
            }
            String name = baseName + "-" + number++ + "-" + p.id() + "-" + p.width() + "." + format.extension();
            files.add(new Entry(p, p.width(), canvas.heightFor(p.width()), folder.resolve(name)));
        }
        return new ExportSet(folder, format, files);
    }

    /** The files of the set that already exist (the no-overwrite rule refuses the whole set for any of them). */
    public List<Path> existing() {
        return files.stream().map(Entry::path).filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).toList();
    }
}
