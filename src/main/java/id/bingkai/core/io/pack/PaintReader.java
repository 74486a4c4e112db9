// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import id.bingkai.core.io.json.JsonFields;
import id.bingkai.core.io.json.ProblemSink;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Colours ({@code #RRGGBB}, {@code #RRGGBBAA}), linear gradients and strokes of the manifest. */
final class PaintReader {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?");
    private static final Set<String> GRADIENT_FIELDS = Set.of("angle", "stops");
    private static final Set<String> STROKE_FIELDS = Set.of("color", "width");

    private PaintReader() {
    }

    /** 0xAARRGGBB for {@code #RRGGBB} (opaque) or {@code #RRGGBBAA}. */
    static Optional<Integer> parseColour(String text) {
        if (!COLOUR.matcher(text).matches()) {
            return Optional.empty();
        }
        int rgb = Integer.parseUnsignedInt(text.substring(1, 7), 16);
        int alpha = text.length() == 9 ? Integer.parseUnsignedInt(text.substring(7, 9), 16) : 0xFF;
        return Optional.of(alpha << 24 | rgb);
    }

    static Optional<Integer> colour(JsonFields fields, String key, boolean required) {
        return fields.string(key, required).flatMap(text -> {
            Optional<Integer> argb = parseColour(text);
            if (argb.isEmpty()) {
                fields.problem(key, "pack.problem.colour", text);
            }
            return argb;
        });
    }

    /** A colour string or a gradient object. */
    static Optional<Fill> fill(JsonFields fields, String key, boolean required) {
        Optional<JsonElement> raw = fields.raw(key, required);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        JsonElement value = raw.get();
        if (value.isJsonObject()) {
            return gradient(value, fields.path(key), fields.problems());
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return colour(fields, key, required).map(Fill.Solid::new);
        }
        fields.problem(key, "pack.problem.fill");
        return Optional.empty();
    }

    private static Optional<Fill> gradient(JsonElement value, String path, ProblemSink problems) {
        int[] found = {0};
        ProblemSink counted = problem -> {
            found[0]++;
            problems.add(problem);
        };
        Optional<JsonFields> object = JsonFields.of(value, Problems.MANIFEST, path, counted, GRADIENT_FIELDS);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        JsonFields g = object.get();
        int before = found[0];
        double angle = g.number("angle", false).orElse(0.0);
        List<Fill.Stop> stops = new ArrayList<>();
        Optional<JsonArray> array = g.array("stops", true);
        if (array.isPresent()) {
            JsonArray list = array.get();
            if (list.size() < 2) {
                g.problem("stops", "pack.problem.gradient.fewStops");
            }
            double previous = -1;
            for (int i = 0; i < list.size(); i++) {
                String stopPath = g.path("stops") + "[" + i + "]";
                Optional<Fill.Stop> stop = stop(list.get(i), stopPath, g);
                if (stop.isPresent()) {
                    if (stop.get().offset() <= previous) {
                        g.problemAt(stopPath + "[0]", "pack.problem.gradient.order");
                    }
                    previous = stop.get().offset();
                    stops.add(stop.get());
                }
            }
        }
        if (found[0] > before) {
            return Optional.empty();
        }
        return Optional.of(new Fill.Linear(angle, stops));
    }

    private static Optional<Fill.Stop> stop(JsonElement element, String path, JsonFields g) {
        if (!element.isJsonArray() || element.getAsJsonArray().size() != 2) {
            g.problemAt(path, "pack.problem.gradient.stop");
            return Optional.empty();
        }
        JsonElement offsetElement = element.getAsJsonArray().get(0);
        JsonElement colourElement = element.getAsJsonArray().get(1);
        Optional<Double> offset = JsonFields.doubleOf(offsetElement);
        boolean ok = true;
        if (offset.isEmpty() || JsonFields.compare(offsetElement, 0) < 0
                || JsonFields.compare(offsetElement, 1) > 0) {
            g.problemAt(path + "[0]", "pack.problem.gradient.offset");
            ok = false;
        }
        Optional<Integer> argb = colourElement.isJsonPrimitive() && colourElement.getAsJsonPrimitive().isString()
                ? parseColour(colourElement.getAsString()) : Optional.empty();
        if (argb.isEmpty()) {
            g.problemAt(path + "[1]", "pack.problem.colour", String.valueOf(colourElement));
            ok = false;
        }
        return ok ? Optional.of(new Fill.Stop(offset.get(), argb.get())) : Optional.empty();
    }

    static Optional<Stroke> stroke(JsonFields fields, String key) {
        Optional<JsonElement> raw = fields.raw(key, false);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonFields> object = JsonFields.of(raw.get(), fields.file(), fields.path(key), fields.problems(),
                STROKE_FIELDS);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        JsonFields s = object.get();
        Optional<Integer> colour = colour(s, "color", true);
        Optional<Double> width = s.number("width", true);
        if (width.isPresent() && !(width.get() > 0)) {
            s.problem("width", "pack.problem.positive");
            return Optional.empty();
        }
        if (colour.isEmpty() || width.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Stroke(colour.get(), width.get()));
    }
}
