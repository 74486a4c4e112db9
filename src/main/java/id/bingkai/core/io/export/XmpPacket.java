// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import id.bingkai.core.model.FramePack;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The only metadata an export carries: an XMP packet with the keywords as {@code dc:subject}, so photo
 * managers and social sites that read XMP find the campaign tag. Nothing about the source photo, its camera or
 * its location ever goes in.
 */
public final class XmpPacket {
    /** The JPEG APP1 namespace prefix that marks a segment as XMP. */
    public static final String JPEG_NAMESPACE = "http://ns.adobe.com/xap/1.0/\0";
    /** The PNG iTXt keyword for XMP. */
    public static final String PNG_KEYWORD = "XML:com.adobe.xmp";

    private XmpPacket() {
    }

    /**
     * The keywords to write: trimmed, blanks and duplicates dropped, and {@link FramePack#CAMPAIGN_TAG} first
     * (in its exact spelling, whatever case the caller used).
     */
    public static List<String> keywordsWithCampaignTag(List<String> keywords) {
        Set<String> out = new LinkedHashSet<>();
        out.add(FramePack.CAMPAIGN_TAG);
        for (String keyword : keywords) {
            String k = keyword == null ? "" : keyword.strip();
            if (!k.isEmpty() && !k.equalsIgnoreCase(FramePack.CAMPAIGN_TAG)) {
                out.add(k);
            }
        }
        return new ArrayList<>(out);
    }

    /** A complete, read-only XMP packet listing the keywords (campaign tag included) as an rdf:Bag. */
    public static String of(List<String> keywords) {
        StringBuilder xml = new StringBuilder(512);
        xml.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("   <dc:subject>\n    <rdf:Bag>\n");
        for (String keyword : keywordsWithCampaignTag(keywords)) {
            xml.append("     <rdf:li>").append(escape(keyword)).append("</rdf:li>\n");
        }
        xml.append("    </rdf:Bag>\n   </dc:subject>\n  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n")
                .append("<?xpacket end=\"r\"?>");
        return xml.toString();
    }

    /** The payload of a JPEG APP1 XMP segment: namespace, NUL, then the UTF-8 packet. */
    public static byte[] jpegSegment(List<String> keywords) {
        byte[] ns = JPEG_NAMESPACE.getBytes(StandardCharsets.US_ASCII);
        byte[] packet = of(keywords).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[ns.length + packet.length];
        System.arraycopy(ns, 0, out, 0, ns.length);
        System.arraycopy(packet, 0, out, ns.length, packet.length);
        return out;
    }

    /** XML text escaping; characters XML 1.0 cannot carry at all (most control characters) are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
