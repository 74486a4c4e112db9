// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a person's name into a file name that every desktop system accepts and shows the same way: NFC, no
 * control characters, none of {@code / \ : * ? " < > |}, no leading or trailing dots and spaces, no Windows device
 * names (CON, NUL, COM1, ...), and short enough for 255-byte name limits once a suffix and extension are added.
 */
public final class FileNames {
    /** UTF-8 bytes kept for the stem; leaves room for {@code _9999} and {@code .jpeg} under every 255 limit. */
    public static final int MAX_STEM_BYTES = 150;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2028\\u2029]+");
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}\\p{Cs}\\p{Co}\\p{Cn}/\\\\:*?\"<>|]+");
    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "conin$", "conout$", "clock$");
    private static final Pattern NUMBERED_DEVICE = Pattern.compile("(com|lpt)[0-9\\u00b9\\u00b2\\u00b3]");

    private FileNames() {
    }

    /** The safe stem (no extension) for {@code raw}; empty when nothing usable is left. */
    public static String sanitise(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        s = SPACES.matcher(s).replaceAll(" ");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = FORBIDDEN.matcher(s).replaceAll("_");
        s = trimDotsAndSpaces(s);
        s = truncateUtf8(s, MAX_STEM_BYTES);
        s = trimDotsAndSpaces(s);
        if (s.chars().allMatch(c -> c == '_')) {
            return "";
        }
        if (isDeviceName(s)) {
            int dot = s.indexOf('.');
            s = dot < 0 ? s + "_" : s.substring(0, dot) + "_" + s.substring(dot);
        }
        return s;
    }

    /** True for names Windows reserves for devices, with or without an extension ({@code nul.jpg} too). */
    static boolean isDeviceName(String stem) {
        int dot = stem.indexOf('.');
        String base = (dot < 0 ? stem : stem.substring(0, dot)).stripTrailing().toLowerCase(Locale.ROOT);
        return DEVICES.contains(base) || NUMBERED_DEVICE.matcher(base).matches();
    }

    private static String trimDotsAndSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Cuts at a code point boundary so that the UTF-8 form fits {@code maxBytes}. */
    static String truncateUtf8(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + len > maxBytes) {
                break;
            }
            bytes += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
