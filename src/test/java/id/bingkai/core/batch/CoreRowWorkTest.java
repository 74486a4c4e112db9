// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static id.bingkai.testing.TestPhotos.gradientJpeg;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.PhotoRef;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One row done by the real core services, small: the same steps as the render command. */
class CoreRowWorkTest {
    @TempDir
    Path dir;

    @Test
    void aRowIsReadCheckedRenderedAndWrittenAsAnImageOrAPdf() throws IOException {
        RowWork work = BatchFixtures.realWork();
        Path photo = gradientJpeg(dir.resolve("s.jpg"), 60, 40);
        PhotoRef ref = work.photo(photo);
        assertThat(ref).isEqualTo(new PhotoRef(photo, 60, 40));

        Frame frame = BatchFixtures.frame();
        Document doc = Document.of(BatchFixtures.pack(frame), frame).withText("nama", "Siti").withPhoto(ref);
        assertThat(work.check(doc, 200).blocking()).isEmpty();
        BufferedImage image = work.render(doc, 100);
        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(100);

        Path out = dir.resolve("Siti.png");
        work.write(image, out, new ExportOptions(ImageFormat.PNG, 0.9f, false, List.of("k")));
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(100);

        Path pdf = dir.resolve("Siti.pdf");
        work.writePdf(doc, pdf, PdfOptions.defaults("Siti").withDpi(36));
        assertThat(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1)).startsWith("%PDF-")
                .contains("%%EOF");
    }
}
