// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a file is comes from its first bytes only. */
class SniffTest {
    private static byte[] bytes(String hexOrText) {
        if (hexOrText.startsWith("hex:")) {
            String hex = hexOrText.substring(4);
            byte[] out = new byte[hex.length() / 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            return out;
        }
        return hexOrText.replace("\\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hex:89504E470D0A1A0A0000          | PNG
            hex:89504E470D0A1A0A              | PNG
            hex:89504E470D0A1A0B              | OTHER
            hex:89504E470D0A1A                | OTHER
            hex:FFD8FF                        | JPEG
            hex:FFD8FE00                      | OTHER
            hex:504B0304                      | ZIP
            hex:504B0506                      | ZIP
            hex:504B0708                      | OTHER
            hex:00010000                      | FONT
            hex:000100                        | OTHER
            OTTO                              | FONT
            true                              | FONT
            ttcf                              | FONT_COLLECTION
            wOFF                              | WEB_FONT
            wOF2                              | WEB_FONT
            wOF3                              | OTHER
            <svg                              | SVG
            <svg>                             | SVG
            <svg\\n                           | SVG
            <svgx>                            | OTHER
            <svg1                             | OTHER
            <?xml version="1.0"?><SVG/>       | SVG
            \\n  <svg/>                       | SVG
            x<svg/>                           | OTHER
            <html><svg/></html>               | SVG
            hex:EFBBBF3C737667                | SVG
            hex:EFBBBF20203C73766720          | SVG
            hex:EFBB3C737667                  | OTHER
            <?xml version="1.0"?>             | OTHER
            ''                                | OTHER
            """)
    void theFirstBytesDecide(String content, Sniff expected) {
        assertThat(Sniff.of(bytes(content))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} bytes of comment first -> {1}")
    @CsvSource({"4083, SVG", "4085, SVG", "4086, OTHER", "0, SVG"})
    void anSvgElementIsLookedForInTheFirstFourKilobytesOnly(int comment, Sniff expected) {
        // "<!--" + comment + "-->" is comment + 7 bytes; "<svg" then starts at comment + 7 and needs 4 bytes.
        String text = (comment == 0 ? "" : "<!--" + "x".repeat(comment) + "-->") + "<svg/>";

        assertThat(Sniff.of(text.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(expected);
        assertThat(Sniff.of(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }
}
