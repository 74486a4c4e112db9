// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;

/** What a PDF says about itself, read back from the saved bytes, and its XMP packet character for character. */
class PdfMetadataTest {
    @Test
    void theXmpPacketIsExactlyTitleKeywordsAndCreator() {
        String expected = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<dc:format>application/pdf</dc:format>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Ikrar &lt;A&gt; &amp; &quot;B&quot;</rdf:li>"
                + "</rdf:Alt></dc:title>"
                + "<dc:subject><rdf:Bag><rdf:li>#ASNpilihNETRAL</rdf:li><rdf:li>R&amp;D</rdf:li></rdf:Bag></dc:subject>"
                + "<pdf:Keywords>#ASNpilihNETRAL, R&amp;D</pdf:Keywords>"
                + "<pdf:Producer>Bingkai</pdf:Producer><xmp:CreatorTool>Bingkai</xmp:CreatorTool>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";

        assertThat(PdfMetadata.xmp("Ikrar <A> & \"B\"", List.of("#ASNpilihNETRAL", "R&D"))).isEqualTo(expected);
    }

    @Test
    void theSavedPdfCarriesTitleTagCreatorDateXmpAndAnSrgbOutputIntentOnly() throws IOException {
        Instant before = Instant.now().minusSeconds(2);
        byte[] saved;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            PdfMetadata.apply(doc, "Poster Siti #ASNpilihNETRAL");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            saved = out.toByteArray();
        }

        try (PDDocument pdf = Loader.loadPDF(saved)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Poster Siti #ASNpilihNETRAL");
            assertThat(info.getKeywords()).isEqualTo("#ASNpilihNETRAL");
            assertThat(info.getCreator()).isEqualTo("Bingkai");
            assertThat(info.getProducer()).isEqualTo("Bingkai");
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getSubject()).isNull();
            Calendar created = info.getCreationDate();
            assertThat(created).isNotNull();
            assertThat(Duration.between(before, created.toInstant()).toSeconds()).isBetween(0L, 600L);
            assertThat(created.getTimeZone().getRawOffset()).as("UTC").isZero();
            assertThat(info.getMetadataKeys()).containsExactlyInAnyOrder("Title", "Keywords", "Creator", "Producer",
                    "CreationDate");

            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).isEqualTo(PdfMetadata.xmp("Poster Siti #ASNpilihNETRAL", List.of("#ASNpilihNETRAL")));

            List<PDOutputIntent> intents = pdf.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            PDOutputIntent intent = intents.getFirst();
            assertThat(intent.getInfo()).isEqualTo("sRGB IEC61966-2.1");
            assertThat(intent.getOutputCondition()).isEqualTo("sRGB IEC61966-2.1");
            assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            assertThat(intent.getRegistryName()).isEqualTo("http://www.color.org");
            byte[] profile;
            try (java.io.InputStream in = intent.getDestOutputIntent().createInputStream()) {
                profile = in.readAllBytes();
            }
            assertThat(ICC_Profile.getInstance(profile).getColorSpaceType()).isEqualTo(ColorSpace.TYPE_RGB);
            assertThat(profile).isEqualTo(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }
    }
}
