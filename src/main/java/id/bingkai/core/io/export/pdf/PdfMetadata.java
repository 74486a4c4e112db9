// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import id.bingkai.core.io.export.XmpPacket;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What a PDF says about itself, and nothing else: the title, the campaign tag as keyword (XMP dc:subject and the
 * document information), Bingkai as creator, and an sRGB output intent so a print shop knows the colours are sRGB.
 * Nothing of any source photo (no EXIF, GPS, author or file name) ever reaches it.
 */
final class PdfMetadata {
    static final String SRGB = "sRGB IEC61966-2.1";
    private static final String CREATOR = "Bingkai";

    private PdfMetadata() {
    }

    static void apply(PDDocument document, String title) throws IOException {
        List<String> keywords = XmpPacket.keywordsWithCampaignTag(List.of());
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setKeywords(String.join(", ", keywords));
        info.setCreator(CREATOR);
        info.setProducer(CREATOR);
        Calendar now = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        info.setCreationDate(now);
        document.setDocumentInformation(info);

        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(xmp(title, keywords).getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(xmp);

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    static String xmp(String title, List<String> keywords) {
        StringBuilder bag = new StringBuilder();
        for (String k : keywords) {
            bag.append("<rdf:li>").append(escape(k)).append("</rdf:li>");
        }
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<dc:format>application/pdf</dc:format>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:subject><rdf:Bag>" + bag + "</rdf:Bag></dc:subject>"
                + "<pdf:Keywords>" + escape(String.join(", ", keywords)) + "</pdf:Keywords>"
                + "<pdf:Producer>" + CREATOR + "</pdf:Producer><xmp:CreatorTool>" + CREATOR + "</xmp:CreatorTool>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
