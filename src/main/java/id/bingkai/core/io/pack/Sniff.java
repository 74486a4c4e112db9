// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a file is, from its first bytes; names and extensions are never trusted. */
enum Sniff {
    PNG, JPEG, SVG, ZIP, FONT, FONT_COLLECTION, WEB_FONT, OTHER;

    private static final int SVG_WINDOW = 4096;

    static Sniff of(byte[] data) {
        if (startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(data, 'P', 'K', 3, 4) || startsWith(data, 'P', 'K', 5, 6)) {
            return ZIP;
        }
        if (startsWith(data, 0, 1, 0, 0) || startsWith(data, 'O', 'T', 'T', 'O') || startsWith(data, 't', 'r', 'u', 'e')) {
            return FONT;
        }
        if (startsWith(data, 't', 't', 'c', 'f')) {
            return FONT_COLLECTION;
        }
        if (startsWith(data, 'w', 'O', 'F', 'F') || startsWith(data, 'w', 'O', 'F', '2')) {
            return WEB_FONT;
        }
        return looksLikeSvg(data) ? SVG : OTHER;
    }

    /** XML text (optionally after a UTF-8 BOM) whose first element is {@code <svg}. */
    private static boolean looksLikeSvg(byte[] data) {
        int start = startsWith(data, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String head = new String(data, start, Math.min(SVG_WINDOW, data.length - start), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (!head.stripLeading().startsWith("<")) {
            return false;
        }
        int svg = head.indexOf("<svg");
        return svg >= 0 && (svg + 4 == head.length() || !Character.isLetterOrDigit(head.charAt(svg + 4)));
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
