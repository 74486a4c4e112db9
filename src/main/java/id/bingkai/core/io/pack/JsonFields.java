// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import id.bingkai.core.i18n.Msg;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One object of the raw manifest tree during conversion: typed reads that report a wrong type or a missing
 * required field at its JSON path, and a check that reports fields the format does not know (with the
 * closest known name, since most unknown fields are typos).
 */
final class JsonFields {
    static final String MANIFEST = "manifest.json";

    private final JsonObject object;
    private final String path;
    private final Problems problems;

    private JsonFields(JsonObject object, String path, Problems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** Wraps an object and reports the keys outside {@code allowed}; empty (with a problem) for a non-object. */
    static Optional<JsonFields> of(JsonElement element, String path, Problems problems, Set<String> allowed) {
        if (!element.isJsonObject()) {
            problems.add(MANIFEST, path, "pack.problem.wrongType", Msg.of("pack.problem.type.object"));
            return Optional.empty();
        }
        JsonFields fields = new JsonFields(element.getAsJsonObject(), path, problems);
        for (String key : fields.object.keySet()) {
            if (!allowed.contains(key)) {
                Optional<String> near = closest(key, allowed);
                if (near.isPresent()) {
                    problems.add(MANIFEST, fields.path(key), "pack.problem.unknownFieldNear", key, near.get());
                } else {
                    problems.add(MANIFEST, fields.path(key), "pack.problem.unknownField", key);
                }
            }
        }
        return Optional.of(fields);
    }

    String path() {
        return path;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Problems problems() {
        return problems;
    }

    boolean has(String key) {
        return object.has(key);
    }

    void problem(String key, String messageKey, Object... args) {
        problems.add(MANIFEST, path(key), messageKey, args);
    }

    Optional<JsonElement> raw(String key, boolean required) {
        JsonElement value = object.get(key);
        if (value == null) {
            if (required) {
                problem(key, "pack.problem.required", key);
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<String> string(String key, boolean required) {
        return raw(key, required).flatMap(v -> {
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
                return Optional.of(v.getAsString());
            }
            return wrongType(key, "pack.problem.type.string");
        });
    }

    /** A finite number. */
    Optional<Double> number(String key, boolean required) {
        return raw(key, required).flatMap(v -> decimal(v).map(BigDecimal::doubleValue)
                .or(() -> wrongType(key, "pack.problem.type.number"))
                .flatMap(d -> {
                    if (!Double.isFinite(d)) {
                        problem(key, "pack.problem.number.tooLarge");
                        return Optional.empty();
                    }
                    return Optional.of(d);
                }));
    }

    /** A whole number ({@code 1080} or {@code 1080.0}) that fits an int. */
    Optional<Integer> integer(String key, boolean required) {
        return raw(key, required).flatMap(v -> {
            Optional<BigDecimal> d = decimal(v);
            if (d.isEmpty()) {
                return wrongType(key, "pack.problem.type.integer");
            }
            try {
                return Optional.of(d.get().intValueExact());
            } catch (ArithmeticException e) {
                return wrongType(key, "pack.problem.type.integer");
            }
        });
    }

    Optional<Boolean> bool(String key) {
        return raw(key, false).flatMap(v -> {
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean()) {
                return Optional.of(v.getAsBoolean());
            }
            return wrongType(key, "pack.problem.type.boolean");
        });
    }

    Optional<JsonArray> array(String key, boolean required) {
        return raw(key, required).flatMap(v -> v.isJsonArray() ? Optional.of(v.getAsJsonArray())
                : wrongType(key, "pack.problem.type.array"));
    }

    /** One of the listed words, such as {@code rect} or {@code ellipse}. */
    Optional<String> choice(String key, boolean required, List<String> choices) {
        return string(key, required).flatMap(s -> {
            if (choices.contains(s)) {
                return Optional.of(s);
            }
            problem(key, "pack.problem.choice", s, String.join(", ", choices));
            return Optional.empty();
        });
    }

    private <T> Optional<T> wrongType(String key, String typeKey) {
        problem(key, "pack.problem.wrongType", Msg.of(typeKey));
        return Optional.empty();
    }

    static Optional<BigDecimal> decimal(JsonElement v) {
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
            JsonPrimitive p = v.getAsJsonPrimitive();
            return Optional.of(p.getAsBigDecimal());
        }
        return Optional.empty();
    }

    /** The allowed name at most two edits away, if any. */
    private static Optional<String> closest(String key, Set<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : allowed) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
