// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.bingkai.kiosk.config.HandoffConfig;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The codes drawn decode back to their text with ZXing, an independent reader. */
class QrCodesTest {
    private final QrCodes codes = new QrCodes();

    static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    @Test
    void aDownloadLinkDecodesBackToItself() throws Exception {
        String url = QrCodes.url(new HandoffConfig.Server("192.168.8.10", 8080), "/d/abcDEF123_-");
        assertThat(url).isEqualTo("http://192.168.8.10:8080/d/abcDEF123_-");
        BufferedImage image = codes.image(url, 6);
        assertThat(decode(image)).isEqualTo(url);
        boolean[][] matrix = codes.matrix(url);
        assertThat(image.getWidth()).isEqualTo((matrix.length + 2 * QrCodes.QUIET_ZONE) * 6);
        assertThat(matrix[0][0]).as("finder pattern corner").isTrue();
    }

    @Test
    void anIpv6AddressIsBracketed() {
        assertThat(QrCodes.url(new HandoffConfig.Server("fd00::1", 8080), "/u"))
                .isEqualTo("http://[fd00::1]:8080/u");
    }

    @Test
    void theWifiCodeEscapesSpecialCharactersAndDecodes() throws Exception {
        String text = QrCodes.wifi(new HandoffConfig.Wifi("Netral;ASN", "pa:ss\\word", "WPA"));
        assertThat(text).isEqualTo("WIFI:T:WPA;S:Netral\\;ASN;P:pa\\:ss\\\\word;;");
        assertThat(decode(codes.image(text, 5))).isEqualTo(text);
        assertThat(QrCodes.wifi(new HandoffConfig.Wifi("Bingkai", "", "nopass"))).isEqualTo("WIFI:T:nopass;S:Bingkai;;");
    }
}
