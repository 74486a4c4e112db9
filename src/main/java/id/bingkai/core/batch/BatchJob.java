// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Placement;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One batch: every row of {@code sheet} rendered in {@code frame} and written to {@code outDir}.
 *
 * @param names     output name pattern ({@code {nip}_{nama}}); empty: {@link NamePattern#defaultFor}
 * @param quality   JPEG quality 0..1
 * @param placement the same placement for every photo (cover-fit by default)
 * @param threads   rows rendered at once; each holds at most one decoded photo
 * @param resume    skip rows whose output exists and is a complete image
 * @param overwrite replace existing outputs (otherwise an existing output fails its row)
 * @param failFast  stop at the first failed row
 * @param keywords  XMP keywords of every output (the campaign tag among them)
 * @param columns   the columns chosen for the frame's fields ({@code --column}); {@link ColumnMap#NONE}: by name
 * @param pdf       present: one print PDF per row (format and width then only size the guideline check)
 * @param agencyLogo the agency's own logo, the same on every row (drawn where the frame has a place for it)
 */
public record BatchJob(Path sheet, Path outDir, FramePack pack, Frame frame, int width, ImageFormat format,
        float quality, Optional<NamePattern> names, Placement placement, int threads, boolean resume, boolean overwrite,
        boolean failFast, List<String> keywords, ColumnMap columns,
        Optional<PdfOptions> pdf, Optional<AgencyLogo> agencyLogo) {
    /** The report written beside the outputs. */
    public static final String REPORT_NAME = "report.csv";

    public BatchJob {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(agencyLogo, "agencyLogo");
        keywords = List.copyOf(keywords);
        if (width < 1 || threads < 1) {
            throw new IllegalArgumentException("width and threads must be positive");
        }
        if (!(quality >= 0f && quality <= 1f)) {
            throw new IllegalArgumentException("quality must be within 0..1: " + quality);
        }
    }

    /** An image batch (no PDF). */
    public BatchJob(Path sheet, Path outDir, FramePack pack, Frame frame, int width, ImageFormat format, float quality,
            Optional<NamePattern> names, Placement placement, int threads, boolean resume, boolean overwrite,
            boolean failFast, List<String> keywords, ColumnMap columns) {
        this(sheet, outDir, pack, frame, width, format, quality, names, placement, threads, resume, overwrite,
                failFast, keywords, columns, Optional.empty(), Optional.empty());
    }

    /** A job that reads every field from the column of its own name. */
    public BatchJob(Path sheet, Path outDir, FramePack pack, Frame frame, int width, ImageFormat format, float quality,
            Optional<NamePattern> names, Placement placement, int threads, boolean resume, boolean overwrite,
            boolean failFast, List<String> keywords) {
        this(sheet, outDir, pack, frame, width, format, quality, names, placement, threads, resume, overwrite,
                failFast, keywords, ColumnMap.NONE);
    }

    public BatchJob withColumns(ColumnMap chosen) {
        return new BatchJob(sheet, outDir, pack, frame, width, format, quality, names, placement, threads, resume,
                overwrite, failFast, keywords, chosen, pdf, agencyLogo);
    }

    /** The same job writing one print PDF per row. */
    public BatchJob withPdf(PdfOptions options) {
        return new BatchJob(sheet, outDir, pack, frame, width, format, quality, names, placement, threads, resume,
                overwrite, failFast, keywords, columns, Optional.of(options), agencyLogo);
    }

    /** The same job with this agency logo on every row. */
    public BatchJob withAgencyLogo(Optional<AgencyLogo> logo) {
        return new BatchJob(sheet, outDir, pack, frame, width, format, quality, names, placement, threads, resume,
                overwrite, failFast, keywords, columns, pdf, logo);
    }

    /** The outputs' file extension: {@code pdf} or the image format's. */
    public String extension() {
        return pdf.isPresent() ? "pdf" : format.extension();
    }

    public Path report() {
        return outDir.resolve(REPORT_NAME);
    }
}
