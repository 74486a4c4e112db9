// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import com.google.gson.JsonElement;
import id.bingkai.core.io.json.JsonFields;
import id.bingkai.core.model.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A localized text of the manifest: a plain string (taken as Indonesian) or {@code {"id": .., "en": ..}}. */
final class LocalizedReader {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private LocalizedReader() {
    }

    static Optional<LocalizedText> read(JsonFields fields, String key, boolean required) {
        Optional<JsonElement> raw = fields.raw(key, required);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        JsonElement value = raw.get();
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            if (value.getAsString().isBlank()) {
                fields.problem(key, "pack.problem.blank");
                return Optional.empty();
            }
            return Optional.of(LocalizedText.of(value.getAsString()));
        }
        if (!value.isJsonObject()) {
            fields.problem(key, "pack.problem.localized");
            return Optional.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            String path = fields.path(key) + "." + entry.getKey();
            JsonElement text = entry.getValue();
            if (!LANGUAGE.matcher(entry.getKey()).matches()) {
                fields.problemAt(path, "pack.problem.language", entry.getKey());
                ok = false;
            } else if (!text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString() || text.getAsString().isBlank()) {
                fields.problemAt(path, "pack.problem.blank");
                ok = false;
            } else {
                texts.put(entry.getKey(), text.getAsString());
            }
        }
        if (ok && texts.isEmpty()) {
            fields.problem(key, "pack.problem.localized");
            ok = false;
        }
        return ok ? Optional.of(new LocalizedText(texts)) : Optional.empty();
    }
}
