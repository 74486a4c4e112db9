// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static id.bingkai.core.batch.BatchFixtures.MESSAGES;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.PrintSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A print frame with no photo place (a pledge card without a pas foto): the sheet needs no photo column. */
class PhotolessPdfBatchTest {
    @TempDir
    Path dir;

    private static Frame card() {
        Frame base = BatchFixtures.frame();
        return new Frame("kartu", LocalizedText.of("Kartu"), FrameKind.PROFILE, new CanvasSize(432, 606),
                Optional.of(0xFF1B2A4A), List.of(), base.layers(), base.fields(), false, GuidelineSettings.DEFAULT,
                Optional.of(new PrintSize(210, 297, 3)));
    }

    private BatchJob job(Path sheet, Path out, boolean resume) {
        Frame frame = card();
        FramePack pack = BatchFixtures.pack(frame);
        return new BatchJob(sheet, out, pack, frame, 432, ImageFormat.PNG, 0.9f, Optional.empty(), Placement.COVER, 2,
                resume, false, false, List.of(FramePack.CAMPAIGN_TAG), new ColumnMap(java.util.Map.of("unit", "")))
                .withPdf(PdfOptions.defaults("Kartu").withDpi(72));
    }

    @Test
    void aSheetWithoutPhotoColumnMakesOnePdfPerRow() throws IOException {
        Path sheet = Files.writeString(dir.resolve("orang.csv"), "nama\nSiti Aminah\nBudi\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("hasil");

        BatchSummary summary = new BatchRunner(BatchFixtures.realWork(), MESSAGES).run(job(sheet, out, false),
                BatchListener.NONE);

        assertThat(summary.done()).as(Files.readString(out.resolve("report.csv"))).isEqualTo(2);
        for (String name : List.of("Siti Aminah", "Budi")) {
            try (PDDocument pdf = Loader.loadPDF(out.resolve(name + ".pdf").toFile())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                assertThat(new PDFTextStripper().getText(pdf)).contains(name);
            }
        }
        // run again: the PDFs exist, so without resume each row fails and nothing is replaced
        byte[] before = Files.readAllBytes(out.resolve("Budi.pdf"));
        BatchSummary again = new BatchRunner(BatchFixtures.realWork(), MESSAGES).run(job(sheet, out, false),
                BatchListener.NONE);
        assertThat(again.failed()).isEqualTo(2);
        assertThat(Files.readAllBytes(out.resolve("Budi.pdf"))).isEqualTo(before);
        // with resume: a whole PDF is kept, a truncated one is made again
        Files.write(out.resolve("Budi.pdf"), java.util.Arrays.copyOf(before, before.length / 2));
        BatchSummary resumed = new BatchRunner(BatchFixtures.realWork(), MESSAGES).run(job(sheet, out, true),
                BatchListener.NONE);
        assertThat(resumed.skipped()).isEqualTo(1);
        assertThat(resumed.done()).isEqualTo(1);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("Budi.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }
}
