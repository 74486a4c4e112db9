// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import id.bingkai.core.i18n.Msg;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One object of the raw config tree: typed reads that report a wrong type, a missing required field or a value
 * out of range at its JSON path, and a check that refuses fields the format does not know.
 */
final class ConfigFields {
    private final JsonObject object;
    private final String path;
    private final ConfigProblems problems;

    private ConfigFields(JsonObject object, String path, ConfigProblems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** Wraps an object and reports keys outside {@code allowed}; empty (with a problem) for a non-object. */
    static Optional<ConfigFields> of(JsonElement element, String path, ConfigProblems problems, Set<String> allowed) {
        if (!element.isJsonObject()) {
            problems.add(path, "pack.problem.wrongType", Msg.of("pack.problem.type.object"));
            return Optional.empty();
        }
        ConfigFields fields = new ConfigFields(element.getAsJsonObject(), path, problems);
        for (String key : fields.object.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(fields.path(key), "kiosk.config.unknownField", key,
                        String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return Optional.of(fields);
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    ConfigProblems problems() {
        return problems;
    }

    boolean has(String key) {
        return object.has(key);
    }

    void problem(String key, String messageKey, Object... args) {
        problems.add(path(key), messageKey, args);
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

    /** A non-blank text of at most {@code max} characters without control characters. */
    Optional<String> text(String key, boolean required, int max) {
        return string(key, required).flatMap(s -> {
            if (s.isBlank() || s.length() > max || s.chars().anyMatch(Character::isISOControl)) {
                problem(key, "kiosk.config.badText", max);
                return Optional.empty();
            }
            return Optional.of(s);
        });
    }

    /** A whole number within {@code min..max}. */
    Optional<Integer> integer(String key, boolean required, int min, int max) {
        return raw(key, required).flatMap(v -> {
            Optional<BigDecimal> d = v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()
                    ? Optional.of(v.getAsBigDecimal()) : Optional.empty();
            if (d.isEmpty()) {
                return wrongType(key, "pack.problem.type.integer");
            }
            int value;
            try {
                value = d.get().intValueExact();
            } catch (ArithmeticException e) {
                if (d.get().stripTrailingZeros().scale() > 0) {
                    return wrongType(key, "pack.problem.type.integer");
                }
                value = d.get().signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            }
            if (value < min || value > max) {
                problem(key, "kiosk.config.range", min, max);
                return Optional.empty();
            }
            return Optional.of(value);
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

    /** One of the listed words. */
    Optional<String> choice(String key, boolean required, List<String> choices) {
        return string(key, required).flatMap(s -> {
            if (choices.contains(s)) {
                return Optional.of(s);
            }
            problem(key, "pack.problem.choice", s, String.join(", ", choices));
            return Optional.empty();
        });
    }

    /** A nested object with its own allowed keys. */
    Optional<ConfigFields> object(String key, boolean required, Set<String> allowed) {
        return raw(key, required).flatMap(v -> of(v, path(key), problems, allowed));
    }

    private <T> Optional<T> wrongType(String key, String typeKey) {
        problem(key, "pack.problem.wrongType", Msg.of(typeKey));
        return Optional.empty();
    }
}
