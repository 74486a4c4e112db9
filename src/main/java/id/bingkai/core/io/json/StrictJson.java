// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one strict JSON reader of Bingkai (a pack's manifest.json, the kiosk's kiosk.json): text into a raw tree
 * with Gson in strict mode: no comments, no NaN or Infinity, no trailing text, no single quotes. Adds what
 * Gson's tree reader does not: a duplicate key is a problem (the last one silently winning would hide a
 * mistake), and nesting is capped. Where the text stops being JSON the problem says what kind of mistake it is
 * (cut off, a comment, text after the object, NaN, an endless number) and where. Numbers keep their exact
 * decimal form so a reader can tell 1080 from 1080.5.
 */
public final class StrictJson {
    private static final Pattern LOCATION = Pattern.compile("at line (\\d+) column (\\d+)");
    /** No measurement in a pack or a config needs a number this long; a longer one is a mistake or an attack. */
    private static final int LONG_NUMBER = 100;

    private final String file;
    private final int maxDepth;
    private final ProblemSink problems;

    private StrictJson(String file, int maxDepth, ProblemSink problems) {
        this.file = file;
        this.maxDepth = maxDepth;
        this.problems = problems;
    }

    /**
     * The top-level object, or empty after adding a problem that says where the text stops being JSON.
     * Duplicate keys are reported too, with the object still returned (the first value kept).
     */
    public static Optional<JsonObject> parse(String text, String file, int maxDepth, ProblemSink problems) {
        return new StrictJson(file, maxDepth, problems).parse(text);
    }

    private Optional<JsonObject> parse(String text) {
        boolean valueRead = false;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(maxDepth + 1);
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                add("", "json.problem.notObject");
                return Optional.empty();
            }
            JsonObject root = read(reader, 1, "").getAsJsonObject();
            valueRead = true;
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                syntax(text, reader.toString(), true, false);
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (TooDeep e) {
            add(e.path, "json.problem.tooDeep", maxDepth);
        } catch (EOFException e) {
            syntax(text, e.getMessage(), valueRead, true);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            syntax(text, String.valueOf(e.getMessage()), valueRead, false);
        }
        return Optional.empty();
    }

    private void add(String path, String key, Object... args) {
        problems.add(new Problem(file, path, Msg.of(key, args)));
    }

    private JsonElement read(JsonReader reader, int depth, String path) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                requireDepth(depth, path);
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    JsonElement value = read(reader, depth + 1, childPath);
                    if (object.has(name)) {
                        add(childPath, "json.problem.duplicateKey", name);
                    } else {
                        object.add(name, value);
                    }
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                requireDepth(depth, path);
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(reader, depth + 1, path + "[" + array.size() + "]"));
                }
                reader.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(new JsonNumber(reader.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new IllegalStateException("unexpected " + reader.peek() + " " + reader);
        }
    }

    private void requireDepth(int depth, String path) {
        if (depth > maxDepth) {
            throw new TooDeep(path);
        }
    }

    /** Names the kind of mistake where it is recognisable, else just the place. */
    private void syntax(String text, String message, boolean afterValue, boolean endOfInput) {
        Matcher m = LOCATION.matcher(message);
        int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
        int column = line > 0 ? Integer.parseInt(m.group(2)) : 0;
        boolean cutOff = endOfInput || message.startsWith("Unterminated") && atEnd(text, line, column);
        if (!afterValue && cutOff) {
            add("", "json.problem.truncated");
        } else if (afterValue) {
            add("", "json.problem.trailing", line, column);
        } else if (near(text, line, column, "//") || near(text, line, column, "/*") || near(text, line, column, "#")) {
            add("", "json.problem.comment", line, column);
        } else if (near(text, line, column, "NaN") || near(text, line, column, "Infinity")
                || near(text, line, column, "-Infinity")) {
            add("", "json.problem.nonFinite", line, column);
        } else if (digitsAt(text, line, column) >= LONG_NUMBER) {
            // Gson gives up on a number longer than its buffer as if it were malformed: say what it really is.
            add("", "json.problem.numberTooLong", line, column, digitsAt(text, line, column));
        } else {
            add("", "json.problem.syntax", line, column);
        }
    }

    /** How many digits the number starting at the 1-based column has (0 when no number starts there). */
    private static int digitsAt(String text, int line, int column) {
        if (line <= 0) {
            return 0;
        }
        String[] lines = text.split("\n", -1);
        if (line > lines.length) {
            return 0;
        }
        String content = lines[line - 1];
        int i = Math.max(0, column - 1);
        if (i < content.length() && content.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < content.length() && "0123456789.eE+-".indexOf(content.charAt(i)) >= 0) {
            digits += Character.isDigit(content.charAt(i)) ? 1 : 0;
            i++;
        }
        return digits;
    }

    /** Whether Gson stopped at the very end of the text. */
    private static boolean atEnd(String text, int line, int column) {
        String[] lines = text.split("\n", -1);
        return line == lines.length && column > lines[line - 1].length();
    }

    /** Whether {@code token} starts at or just before the 1-based column Gson reported. */
    private static boolean near(String text, int line, int column, String token) {
        if (line <= 0) {
            return false;
        }
        String[] lines = text.split("\n", -1);
        if (line > lines.length) {
            return false;
        }
        String content = lines[line - 1];
        for (int index = column - 2; index <= column - 1; index++) {
            if (index >= 0 && content.startsWith(token, index)) {
                return true;
            }
        }
        return false;
    }

    /** Thrown when nesting passes the cap; unchecked so the recursion stays plain. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient String path;

        TooDeep(String path) {
            super(null, null, false, false);
            this.path = path;
        }
    }
}
