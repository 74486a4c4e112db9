// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.Severity;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Row work without decoding or rendering, for batch tests that are about the runner: a photo's file name says what
 * goes wrong ({@code bad.jpg} is a bad input, {@code boom.jpg} a bug...), and every step is recorded per output.
 */
class FakeRowWork implements RowWork {
    static final Msg BLOCKED = Msg.of("guideline.logo.blocked");
    static final Msg REFUSED = Msg.of("batch.error.several-places", "x", 2, "y");
    static final Msg BAD = Msg.of("image.error.empty");
    private static final byte[] WHOLE_JPEG = {(byte) 0xFF, (byte) 0xD8, 0, (byte) 0xFF, (byte) 0xD9};

    /** The document each row was checked with, by its {@code nama} text. */
    final Map<String, Document> documents = new ConcurrentHashMap<>();
    final Map<String, ExportOptions> images = new ConcurrentHashMap<>();
    final Map<String, PdfOptions> pdfs = new ConcurrentHashMap<>();
    /** The thread (name, daemon) each photo was read on. */
    final Map<String, String> threads = new ConcurrentHashMap<>();

    @Override
    public PhotoRef photo(Path file) {
        String name = file.getFileName().toString();
        threads.put(name, Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? " daemon" : ""));
        return switch (name) {
            case "bad.jpg" -> throw new BadInputException(file, BAD);
            case "refused.jpg" -> throw new BingkaiException(REFUSED);
            case "oom.jpg" -> throw new OutOfMemoryError("photo too big");
            case "boom.jpg" -> throw new IllegalStateException("boom");
            case "error.jpg" -> throw new AssertionError("aduh");
            default -> new PhotoRef(file, 10, 10);
        };
    }

    @Override
    public BufferedImage render(Document document, int width) {
        return new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public GuidelineReport check(Document document, int width) {
        documents.put(document.texts().getOrDefault("nama", ""), document);
        boolean blocked = document.primaryPhoto()
                .filter(p -> p.photo().path().getFileName().toString().equals("blocked.jpg")).isPresent();
        return new GuidelineReport(blocked ? List.of(
                new Finding(Rule.LOGO_INTEGRITY, Severity.WARNING, Msg.of("advisory"), new Rect(0, 0, 1, 1),
                        Optional.empty()),
                new Finding(Rule.LOGO_INTEGRITY, Severity.BLOCKING, BLOCKED, new Rect(0, 0, 1, 1), Optional.empty()))
                : List.of());
    }

    @Override
    public void write(BufferedImage image, Path file, ExportOptions options) {
        String name = file.getFileName().toString();
        images.put(name, options);
        try {
            Files.write(file, WHOLE_JPEG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void writePdf(Document document, Path file, PdfOptions options) {
        pdfs.put(file.getFileName().toString(), options);
        try {
            Files.writeString(file, "%PDF-1.7\n% fake\n%%EOF\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
