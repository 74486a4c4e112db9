// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.FramePack;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one piece of metadata an export carries, byte for byte: the packet, the JPEG payload, the escaping. */
class XmpPacketTest {
    /** The whole packet for two keywords, written out by hand. */
    private static final String PACKET = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
               <dc:subject>
                <rdf:Bag>
                 <rdf:li>#ASNpilihNETRAL</rdf:li>
                 <rdf:li>Pemda &amp; Dinas</rdf:li>
                </rdf:Bag>
               </dc:subject>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>""";

    @Test
    void thePacketIsExactlyTheBagOfKeywordsWithTheTagFirst() {
        assertThat(XmpPacket.of(List.of("Pemda & Dinas"))).isEqualTo(PACKET);
    }

    @Test
    void theJpegPayloadIsTheNamespaceItsNulAndThePacketInUtf8() {
        byte[] payload = XmpPacket.jpegSegment(List.of("Pemda & Dinas"));

        byte[] ns = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
        assertThat(ns).hasSize(29);
        assertThat(Arrays.copyOfRange(payload, 0, 29)).isEqualTo(ns);
        assertThat(new String(payload, 29, payload.length - 29, StandardCharsets.UTF_8)).isEqualTo(PACKET);
        // U+FEFF is three bytes in UTF-8: the payload is counted in bytes, not characters
        assertThat(payload).hasSize(29 + PACKET.length() + 2);
    }

    @Test
    void keywordsAreStrippedBlanksNullsAndRepeatsDroppedAndTheTagComesFirstInItsOwnSpelling() {
        List<String> given = Arrays.asList("  Kominfo ", null, "", "   ", "#asnpilihnetral", "Kominfo", "Humas",
                " #ASNPILIHNETRAL");

        assertThat(XmpPacket.keywordsWithCampaignTag(given))
                .containsExactly(FramePack.CAMPAIGN_TAG, "Kominfo", "Humas");
        assertThat(XmpPacket.keywordsWithCampaignTag(List.of())).containsExactly("#ASNpilihNETRAL");
    }

    @Test
    void theFiveXmlSpecialCharactersAreEscaped() {
        assertThat(XmpPacket.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&apos;f");
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndTheEdgesOfEachAllowedRangeAreKept() {
        // allowed: tab, line feed, carriage return, U+0020..U+D7FF, U+E000..U+FFFD, U+10000..U+10FFFF
        String kept = "\t\n\r \uD7FF\uE000\uFFFD" + Character.toString(0x10000) + Character.toString(0x10FFFF);
        assertThat(XmpPacket.escape(kept)).isEqualTo(kept);
        assertThat(XmpPacket.escape("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff")).isEqualTo("abcdef");
        assertThat(XmpPacket.escape("x\uFFFEy\uFFFFz")).as("non-characters").isEqualTo("xyz");
        assertThat(XmpPacket.escape("p\uD800q\uDFFFr")).as("lone surrogates").isEqualTo("pqr");
        assertThat(XmpPacket.escape("Siti Âminah 😀")).isEqualTo("Siti Âminah 😀");
    }
}
