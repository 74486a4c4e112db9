// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import java.util.Arrays;
import java.util.List;

/**
 * What one reader did with one hostile input, as one line of text so that a child JVM can report it.
 *
 * @param caseName the hostile case
 * @param reader   which reader ({@code probe}, {@code pack-lint}, {@code cli-render}, ...)
 * @param status   {@code OK}, {@code REFUSED}, {@code EXIT} (command line), {@code CRASH}, {@code OOM} or
 *                 {@code TIMEOUT}
 * @param keys     the reason keys of a refusal, or the exit code of a command line run
 * @param millis   how long the call took
 * @param detail   the message shown to the user (both languages), the command's error output, or a crash's
 *                 stack
 */
record Outcome(String caseName, String reader, String status, List<String> keys, long millis, String detail) {
    static final String PREFIX = "OUTCOME\t";

    String toLine() {
        return PREFIX + String.join("\t", caseName, reader, status, String.join(",", keys), Long.toString(millis),
                escape(detail));
    }

    static Outcome parse(String line) {
        String[] parts = line.substring(PREFIX.length()).split("\t", -1);
        List<String> keys = parts[3].isEmpty() ? List.of() : Arrays.asList(parts[3].split(","));
        return new Outcome(parts[0], parts[1], parts[2], List.copyOf(keys), Long.parseLong(parts[4]),
                unescape(parts[5]));
    }

    boolean is(String s) {
        return status.equals(s);
    }

    @Override
    public String toString() {
        return reader + " → " + status + (keys.isEmpty() ? "" : " " + keys) + " in " + millis + " ms"
                + (detail.isEmpty() ? "" : "\n      " + detail.replace("\n", "\n      "));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
