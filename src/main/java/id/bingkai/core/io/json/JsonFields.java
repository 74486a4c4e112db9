// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One object of a raw tree from {@link StrictJson} during conversion (a pack's manifest, the kiosk's config):
 * typed reads that report a wrong type, a missing required field or a value out of range at its JSON path, and
 * a check that reports fields the format does not know, with the closest known name (most unknown fields are
 * typos) or else the names that are known there.
 */
public final class JsonFields {
    private final JsonObject object;
    private final String file;
    private final String path;
    private final ProblemSink problems;

    private JsonFields(JsonObject object, String file, String path, ProblemSink problems) {
        this.object = object;
        this.file = file;
        this.path = path;
        this.problems = problems;
    }

    /** Wraps an object and reports the keys outside {@code allowed}; empty (with a problem) for a non-object. */
    public static Optional<JsonFields> of(JsonElement element, String file, String path, ProblemSink problems,
            Set<String> allowed) {
        if (!element.isJsonObject()) {
            problems.add(new Problem(file, path, Msg.of("pack.problem.wrongType", Msg.of("pack.problem.type.object"))));
            return Optional.empty();
        }
        JsonFields fields = new JsonFields(element.getAsJsonObject(), file, path, problems);
        for (String key : fields.object.keySet()) {
            if (!allowed.contains(key)) {
                Optional<String> near = closest(key, allowed);
                if (near.isPresent()) {
                    fields.problem(key, "json.problem.unknownFieldNear", key, near.get());
                } else {
                    fields.problem(key, "json.problem.unknownField", key,
                            String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }
        return Optional.of(fields);
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    public String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public ProblemSink problems() {
        return problems;
    }

    public boolean has(String key) {
        return object.has(key);
    }

    /** A problem at a field of this object. */
    public void problem(String key, String messageKey, Object... args) {
        problemAt(path(key), messageKey, args);
    }

    /** A problem anywhere in the same file, such as an element of a list ({@code frames[2]}). */
    public void problemAt(String jsonPath, String messageKey, Object... args) {
        problems.add(new Problem(file, jsonPath, Msg.of(messageKey, args)));
    }

    /**
     * Calls a model constructor after the reader's own checks. Should it still refuse the values, its (English)
     * reason becomes a problem at {@code jsonPath} instead of an exception.
     */
    public <T> Optional<T> build(String jsonPath, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException e) {
            problemAt(jsonPath, "pack.problem.invalid", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    public Optional<JsonElement> raw(String key, boolean required) {
        JsonElement value = object.get(key);
        if (value == null) {
            if (required) {
                problem(key, "pack.problem.required", key);
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public Optional<String> string(String key, boolean required) {
        return raw(key, required).flatMap(v -> {
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
                return Optional.of(v.getAsString());
            }
            return wrongType(key, "pack.problem.type.string");
        });
    }

    /** A non-blank text of at most {@code max} characters without control characters. */
    public Optional<String> text(String key, boolean required, int max) {
        return string(key, required).flatMap(s -> {
            if (s.isBlank() || s.length() > max || s.chars().anyMatch(Character::isISOControl)) {
                problem(key, "json.problem.badText", max);
                return Optional.empty();
            }
            return Optional.of(s);
        });
    }

    /** A finite number. */
    public Optional<Double> number(String key, boolean required) {
        return raw(key, required).flatMap(v -> doubleOf(v)
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
    public Optional<Integer> integer(String key, boolean required) {
        return raw(key, required).flatMap(v -> {
            Integer small = smallWhole(v);
            if (small != null) {
                return Optional.of(small);
            }
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

    /** A whole number within {@code min..max}; a huge whole number is out of range rather than of a wrong type. */
    public Optional<Integer> integer(String key, boolean required, int min, int max) {
        return raw(key, required).flatMap(v -> {
            Integer value = smallWhole(v);
            if (value == null) {
                Optional<BigDecimal> d = decimal(v);
                if (d.isEmpty()) {
                    return wrongType(key, "pack.problem.type.integer");
                }
                try {
                    value = d.get().intValueExact();
                } catch (ArithmeticException e) {
                    if (d.get().stripTrailingZeros().scale() > 0) {
                        return wrongType(key, "pack.problem.type.integer");
                    }
                    value = d.get().signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
                }
            }
            if (value < min || value > max) {
                problem(key, "json.problem.range", min, max);
                return Optional.empty();
            }
            return Optional.of(value);
        });
    }

    public Optional<Boolean> bool(String key) {
        return raw(key, false).flatMap(v -> {
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean()) {
                return Optional.of(v.getAsBoolean());
            }
            return wrongType(key, "pack.problem.type.boolean");
        });
    }

    public Optional<JsonArray> array(String key, boolean required) {
        return raw(key, required).flatMap(v -> v.isJsonArray() ? Optional.of(v.getAsJsonArray())
                : wrongType(key, "pack.problem.type.array"));
    }

    /** One of the listed words, such as {@code rect} or {@code ellipse}. */
    public Optional<String> choice(String key, boolean required, List<String> choices) {
        return string(key, required).flatMap(s -> {
            if (choices.contains(s)) {
                return Optional.of(s);
            }
            problem(key, "pack.problem.choice", s, String.join(", ", choices));
            return Optional.empty();
        });
    }

    /** A nested object with its own allowed keys. */
    public Optional<JsonFields> object(String key, boolean required, Set<String> allowed) {
        return raw(key, required).flatMap(v -> of(v, file, path(key), problems, allowed));
    }

    private <T> Optional<T> wrongType(String key, String typeKey) {
        problem(key, "pack.problem.wrongType", Msg.of(typeKey));
        return Optional.empty();
    }

    /** The exact decimal of a number value, empty for anything else. */
    public static Optional<BigDecimal> decimal(JsonElement v) {
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
            JsonPrimitive p = v.getAsJsonPrimitive();
            return Optional.of(p.getAsNumber() instanceof JsonNumber n ? n.exact() : p.getAsBigDecimal());
        }
        return Optional.empty();
    }

    /**
     * A number value as the nearest double (the same double as {@link #decimal}'s {@code doubleValue()}), empty for
     * anything else. Reads the text: no {@code BigDecimal} is made (see {@link JsonNumber}).
     */
    public static Optional<Double> doubleOf(JsonElement v) {
        return v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()
                ? Optional.of(v.getAsJsonPrimitive().getAsNumber().doubleValue()) : Optional.empty();
    }

    /**
     * The sign of {@code number - n}, exactly, as {@code decimal(number).compareTo(BigDecimal.valueOf(n))} gives it.
     * A plain decimal ({@code 0.25}, {@code -3}, {@code 1.000}) is compared from its text.
     *
     * @throws IllegalArgumentException when {@code number} is not a number
     */
    public static int compare(JsonElement number, long n) {
        Optional<String> text = numberText(number);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("not a number: " + number);
        }
        Integer sign = PlainDecimal.compare(text.get(), n);
        return sign != null ? sign : decimal(number).orElseThrow().compareTo(BigDecimal.valueOf(n));
    }

    /** The int a number written as a plain whole number of at most nine digits stands for; null otherwise. */
    private static Integer smallWhole(JsonElement v) {
        return numberText(v).map(PlainDecimal::smallWhole).orElse(null);
    }

    private static Optional<String> numberText(JsonElement v) {
        return v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()
                ? Optional.of(v.getAsJsonPrimitive().getAsNumber().toString()) : Optional.empty();
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
