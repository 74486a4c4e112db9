// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The config text as a raw JSON tree, read by Gson in strict mode (no comments, NaN, single quotes or trailing
 * text). Adds what Gson's tree reader lacks: a duplicate key is a problem, and nesting is capped.
 */
final class ConfigJson {
    static final int MAX_DEPTH = 8;
    private static final Pattern LOCATION = Pattern.compile("at line (\\d+) column (\\d+)");

    private final ConfigProblems problems;

    private ConfigJson(ConfigProblems problems) {
        this.problems = problems;
    }

    /** The top-level object, or empty after a problem saying where the text stops being JSON. */
    static Optional<JsonObject> parse(String text, ConfigProblems problems) {
        return new ConfigJson(problems).parse(text);
    }

    private Optional<JsonObject> parse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(MAX_DEPTH + 1);
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                problems.add("", "kiosk.config.json.notObject");
                return Optional.empty();
            }
            JsonObject root = read(reader, 1, "").getAsJsonObject();
            if (!atEnd(reader)) {
                problems.add("", "kiosk.config.json.trailing");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (TooDeep e) {
            problems.add(e.path, "pack.problem.json.tooDeep", MAX_DEPTH);
        } catch (EOFException e) {
            problems.add("", "pack.problem.json.truncated");
        } catch (MalformedJsonException e) {
            syntax(String.valueOf(e.getMessage()));
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            syntax(String.valueOf(e.getMessage()));
        }
        return Optional.empty();
    }

    /** Whether only white space follows the object (Gson refuses a second value with a syntax error). */
    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException e) {
            return false;
        }
    }

    private void syntax(String message) {
        Matcher m = LOCATION.matcher(message);
        if (m.find()) {
            problems.add("", "pack.problem.json.syntax", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else {
            problems.add("", "pack.problem.json.syntax", 0, 0);
        }
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
                        problems.add(childPath, "pack.problem.json.duplicateKey", name);
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
                return new JsonPrimitive(new BigDecimal(reader.nextString()));
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

    private static void requireDepth(int depth, String path) {
        if (depth > MAX_DEPTH) {
            throw new TooDeep(path);
        }
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
