// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.image.turbo.TurboJpegEncoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a rendered image as PNG or JPEG. Every file carries the keywords, always including the campaign tag, as
 * XMP {@code dc:subject}, and nothing else: no EXIF, GPS, thumbnail or colour profile from any source photo.
 * Files are written atomically (see {@link AtomicFiles}). JPEGs are encoded by the system's libjpeg-turbo when it
 * is installed (the same baseline 4:2:0 JFIF, about four times faster), by the JDK's writer otherwise.
 */
public final class ImageExporter {
    private final AtomicFiles files;
    private final TurboJpegEncoder turbo;

    public ImageExporter() {
        this(new AtomicFiles());
    }

    public ImageExporter(AtomicFiles files) {
        this(files, TurboJpegEncoder.system());
    }

    /** @param fastJpeg the JPEG encoder to use; empty encodes through the JDK's ImageIO writer */
    public ImageExporter(AtomicFiles files, Optional<TurboJpegEncoder> fastJpeg) {
        this.files = Objects.requireNonNull(files, "files");
        this.turbo = fastJpeg.orElse(null);
    }

    /**
     * Encodes and writes {@code image} to {@code target}.
     *
     * @throws BadInputException when the target exists (without overwrite) or cannot be written; no partial file is
     *                           left behind
     */
    /** Fails fast, before any rendering, when the target cannot be written (exists, folder missing, ...). */
    public void checkTarget(Path target, boolean overwrite) {
        files.checkWritable(target, overwrite);
    }

    public void write(BufferedImage image, Path target, ExportOptions options) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(options, "options");
        files.checkWritable(target, options.overwrite()); // refuse before spending time on encoding
        files.write(target, options.overwrite(), out -> encode(image, options, out));
    }

    /** The encoded file in memory, for hand-offs that never touch the disk (e.g. the kiosk's QR download). */
    public byte[] encode(BufferedImage image, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            encode(image, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a memory stream does not fail
        }
        return out.toByteArray();
    }

    private void encode(BufferedImage image, ExportOptions options, OutputStream out)
            throws IOException {
        List<String> keywords = XmpPacket.keywordsWithCampaignTag(options.keywords());
        switch (options.format()) {
            case PNG -> Encoders.png(image, keywords, options.dpi(), out);
            case JPEG -> {
                if (!(turbo != null && encodedByTurbo(image, options, keywords, out))) {
                    Encoders.jpeg(image, options.quality(), keywords, options.dpi(), out);
                }
            }
        }
    }

    /** False when libjpeg-turbo refused (nothing has been written then), so that the JDK writer takes over. */
    private boolean encodedByTurbo(BufferedImage image, ExportOptions options, List<String> keywords,
            OutputStream out) throws IOException {
        try {
            Encoders.jpeg(turbo, image, options.quality(), keywords, options.dpi(), out);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
