// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.handoff;

import id.bingkai.kiosk.config.HandoffConfig;
import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * QR codes the kiosk shows: the visitor's download link, the phone-upload page and the kiosk hotspot's Wi-Fi join
 * code (Nayuki's qrcodegen). Medium error correction: a screen photographed at an angle or a smudged print still
 * reads, and a link stays a small, coarse code a phone catches from a step away.
 */
public final class QrCodes {
    /** Modules of white border the QR specification asks for around the code. */
    public static final int QUIET_ZONE = 4;

    /** The code's dark modules, without the quiet zone; {@code [y][x]}. */
    public boolean[][] matrix(String text) {
        QrCode code = encode(text);
        boolean[][] dark = new boolean[code.size][code.size];
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                dark[y][x] = code.getModule(x, y);
            }
        }
        return dark;
    }

    /** Black on white, {@code scale} pixels per module, with the quiet zone. */
    public BufferedImage image(String text, int scale) {
        if (scale < 1 || scale > 64) {
            throw new IllegalArgumentException("scale must be 1..64");
        }
        QrCode code = encode(text);
        int side = (code.size + 2 * QUIET_ZONE) * scale;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - QUIET_ZONE;
                int my = y / scale - QUIET_ZONE;
                image.setRGB(x, y, code.getModule(mx, my) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    /** {@code http://address:port/path}, with an IPv6 address in brackets. */
    public static String url(HandoffConfig.Server server, String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /");
        }
        String host = server.address().contains(":") ? "[" + server.address() + "]" : server.address();
        return "http://" + host + ":" + server.port() + path;
    }

    /** The Wi-Fi join text phones understand ({@code WIFI:T:WPA;S:name;P:secret;;}), special characters escaped. */
    public static String wifi(HandoffConfig.Wifi wifi) {
        Objects.requireNonNull(wifi, "wifi");
        StringBuilder text = new StringBuilder("WIFI:T:").append(wifi.security()).append(";S:")
                .append(escape(wifi.ssid())).append(';');
        if (!wifi.security().equals("nopass")) {
            text.append("P:").append(escape(wifi.password())).append(';');
        }
        return text.append(';').toString();
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == ';' || c == ',' || c == ':' || c == '"') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static QrCode encode(String text) {
        Objects.requireNonNull(text, "text");
        return QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    }
}
