// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.PhotoSource;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Decodes photos and layer images defensively: format sniffed from content, declared size checked against the
 * pixel budget before allocation, subsampled to the size needed, EXIF orientation applied, sRGB out.
 * Every failure is a {@link id.bingkai.core.error.BadInputException} naming the file and the reason.
 */
public final class ImageLoader implements PhotoSource {
    private final PixelBudget budget;

    public ImageLoader(PixelBudget budget) {
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    public PixelBudget budget() {
        return budget;
    }

    /** Reads only the header: format, oriented size, orientation. */
    public ImageInfo probe(Path file) {
        throw new UnsupportedOperationException("TODO");
    }

    /** A reference to the photo for a document (path + oriented full size). */
    public PhotoRef ref(Path file) {
        ImageInfo info = probe(file);
        return new PhotoRef(file, info.width(), info.height());
    }

    /**
     * Decodes a file, upright and in sRGB, subsampled as far as possible while staying at least
     * {@code minWidth} x {@code minHeight} (in oriented pixels). {@code 0, 0} means full resolution.
     */
    public BufferedImage load(Path file, int minWidth, int minHeight) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Same as {@link #load} for bytes already in memory (pack layers); {@code name} is used in messages. */
    public BufferedImage read(byte[] data, Path name, int minWidth, int minHeight) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public BufferedImage pixels(PhotoRef photo, int minWidth, int minHeight) {
        return load(photo.path(), minWidth, minHeight);
    }
}
