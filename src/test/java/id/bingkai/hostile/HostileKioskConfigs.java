// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hostile kiosk configurations (the kiosk.json an event organiser writes), as seeds of {@link KioskConfigFuzzTest}:
 * the minimal config, every field set, comments and NUL, duplicate keys, deep nesting, wrong types,
 * out-of-range values, UTF-16 and an empty file.
 */
final class HostileKioskConfigs {
    private HostileKioskConfigs() {
    }

    /** Seed name to content. */
    static Map<String, byte[]> seeds() {
        Map<String, byte[]> seeds = new TreeMap<>();
        seeds.put("comment-nul", new byte[] {123, 32, 34, 115, 111, 117, 114, 99, 101, 34, 58, 32, 123, 32, 34, 116, 121, 112, 101, 34, 58, 32, 34, 102, 111, 108, 100, 101, 114, 34, 44, 32, 34, 112, 97, 116, 104, 34, 58, 32, 34, 47, 120, 0, 121, 34, 32, 125, 44, 32, 47, 47, 32, 99, 111, 109, 109, 101, 110, 116, 10, 32, 125});
        seeds.put("deep", utf8("{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\""
                + ":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\""
                + ":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\""
                + ":{\"a\":1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}\n"));
        seeds.put("duplicate", utf8("{ \"auto\": true, \"auto\": false, \"source\": [], \"handoff\": null }"));
        seeds.put("empty", utf8(""));
        seeds.put("full", utf8("{ \"pack\": \"paket.zip\", \"frames\": [\"a\", \"b\"], \"source\": { \"type\": \"webcam\","
                + " \"device\": \"C920\", \"countdown\": 3 },\n  \"handoff\": { \"qr\": { \"address\": \"::1\""
                + ", \"port\": 8443, \"minutes\": 15, \"wifi\": { \"ssid\": \"Bingkai\", \"password\": \"netr"
                + "al2024\" } },\n    \"print\": { \"queue\": \"PDF\", \"copiesPerVisitor\": 2, \"copiesPerEv"
                + "ent\": 50 }, \"usb\": { \"folder\": \"/media/usb\" } },\n  \"adminPin\": \"pbkdf2-sha256:6"
                + "00000:c2FsdHNhbHRzYWx0c2FsdA==:aGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGg=\", \"idle\": {"
                + " \"screen\": 45, \"handoff\": 90, \"countdown\": 5 }, \"language\": \"en\", \"orientation\""
                + ": \"portrait\" }\n"));
        seeds.put("hostile-values", utf8("{ \"source\": { \"type\": \"replay\", \"files\": [1, \"\", null] }, \"handoff\": { \"qr\":"
                + " { \"address\": \"0.0.0.0\", \"port\": 99999999999, \"minutes\": -1 } }, \"adminPin\": \"p"
                + "bkdf2-sha256:1:AA==:AA==\" }"));
        seeds.put("minimal", utf8("{ \"source\": { \"type\": \"folder\", \"path\": \"/home/kiosk/kamera\" }, \"auto\": true,\n"
                + "  \"handoff\": { \"qr\": { \"address\": \"192.168.8.10\", \"port\": 8080, \"minutes\": 10 "
                + "} }, \"adminPin\": \"pbkdf2-sha256:600000:c2FsdHNhbHRzYWx0c2FsdA==:aGhoaGhoaGhoaGhoaGhoaGh"
                + "oaGhoaGhoaGhoaGhoaGg=\" }\n"));
        seeds.put("turned", utf8("{ \"source\": { \"type\": \"phone\", \"address\": \"10.0.0.2\", \"port\": 9000 },"
                + " \"handoff\": { \"usb\": { \"folder\": \"/u\" } }, \"orientation\": \"portrait\", \"rotation\": 270,"
                + " \"adminPin\": \"pbkdf2-sha256:600000:c2FsdHNhbHRzYWx0c2FsdA==:aGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGg=\" }"));
        seeds.put("turned-wrong", utf8("{ \"orientation\": \"auto\", \"rotation\": 180.5, \"rotation\": -90 }"));
        seeds.put("utf16", new byte[] {-1, -2, 123, 0, 34, 0, 97, 0, 34, 0});
        seeds.put("wrong-types", utf8("{ \"source\": { \"type\": \"phone\" }, \"handoff\": { \"usb\": { \"folder\": \"\" } }, \"a"
                + "dminPin\": 1234, \"idle\": { \"screen\": 1e400 } }"));
        return seeds;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
