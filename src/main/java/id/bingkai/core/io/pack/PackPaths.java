// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.i18n.Msg;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The path rules of a pack: relative, {@code /}-separated, never leaving the pack, and valid on Windows. The same rules apply to the
 * names a manifest uses and to the entry names of a zip, so a pack behaves the same as a folder and as a zip.
 */
final class PackPaths {
    static final int MAX_LENGTH = 255;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    /** Device names Windows reserves in every folder, with or without an extension (CON, con.png, LPT1.svg). */
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3])(\\..*)?");
    /** Characters Windows does not allow in names (the colon and control characters are checked before). */
    private static final Pattern WINDOWS_CHARACTERS = Pattern.compile("[<>\"|?*]");

    private PackPaths() {
    }

    /** Why {@code path} is not an acceptable name inside a pack, or empty when it is. */
    static Optional<Msg> check(String path) {
        if (path.isBlank()) {
            return Optional.of(Msg.of("pack.problem.path.empty"));
        }
        if (path.length() > MAX_LENGTH) {
            return Optional.of(Msg.of("pack.problem.path.tooLong", MAX_LENGTH));
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of(Msg.of("pack.problem.path.control"));
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of(Msg.of("pack.problem.path.backslash", path.replace('\\', '/')));
        }
        if (DRIVE.matcher(path).matches()) {
            return Optional.of(Msg.of("pack.problem.path.drive"));
        }
        if (path.indexOf(':') >= 0) {
            return Optional.of(Msg.of("pack.problem.path.colon"));
        }
        if (path.startsWith("/")) {
            return Optional.of(Msg.of("pack.problem.path.absolute"));
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of(Msg.of("pack.problem.path.parent"));
            }
            if (segment.isEmpty()) {
                return Optional.of(Msg.of("pack.problem.path.emptySegment"));
            }
        }
        // A pack made on Linux must open the same on Windows, where these names cannot exist or mean a device.
        for (String segment : path.split("/")) {
            if (RESERVED.matcher(segment).matches()) {
                return Optional.of(Msg.of("pack.problem.path.reserved", segment));
            }
            boolean trailing = !segment.equals(".") && (segment.endsWith(".") || segment.endsWith(" "));
            if (trailing || WINDOWS_CHARACTERS.matcher(segment).find()) {
                return Optional.of(Msg.of("pack.problem.path.windows", segment));
            }
        }
        if (normalise(path).isEmpty()) {
            return Optional.of(Msg.of("pack.problem.path.empty"));
        }
        return Optional.empty();
    }

    /** A checked path without {@code ./} segments, as the key to look a file up by. */
    static String normalise(String checkedPath) {
        StringBuilder out = new StringBuilder();
        for (String segment : checkedPath.split("/")) {
            if (!segment.equals(".")) {
                out.append(out.isEmpty() ? "" : "/").append(segment);
            }
        }
        return out.toString();
    }
}
