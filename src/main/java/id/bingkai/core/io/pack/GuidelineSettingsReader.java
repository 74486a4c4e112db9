// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Rule;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a manifest's {@code guideline} block (docs/guidelines.md) over a base: the defaults for a pack's block,
 * the pack's settings for a frame's block. Every problem is reported with its JSON path; a field with a problem
 * keeps the base value, so one typo never hides the others.
 */
public final class GuidelineSettingsReader {
    private static final Set<String> TOP = Set.of("blocking", "off", "whatsappCentre", "story", "logo", "legibility",
            "photo", "print");

    private final String file;
    private final List<Problem> problems;

    /**
     * @param file     the manifest's name, for problems
     * @param problems where problems are added
     */
    public GuidelineSettingsReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The settings {@code json} describes over {@code base}; {@code path} is the block's JSON path. */
    public GuidelineSettings read(JsonElement json, GuidelineSettings base, String path) {
        Optional<JsonObject> block = object(json, path);
        if (block.isEmpty()) {
            return base;
        }
        JsonObject o = block.get();
        unknown(o, TOP, path);
        GuidelineSettings s = base;
        if (o.has("off")) {
            s = s.withOff(rules(o.get("off"), path + ".off"));
        }
        if (o.has("blocking")) {
            s = s.withBlocking(rules(o.get("blocking"), path + ".blocking"));
        }
        s = s.withWhatsappCentre(number(o, "whatsappCentre", path, 0.05, 0.99, s.whatsappCentre()));
        s = s.withStory(story(o.get("story"), s.story(), path + ".story"));
        s = s.withLogo(logo(o.get("logo"), s.logo(), path + ".logo"));
        s = s.withLegibility(legibility(o.get("legibility"), s.legibility(), path + ".legibility"));
        s = s.withPhoto(photo(o.get("photo"), s.photo(), path + ".photo"));
        Optional<JsonObject> print = o.has("print") ? object(o.get("print"), path + ".print") : Optional.empty();
        if (print.isPresent()) {
            unknown(print.get(), Set.of("safeMarginMm"), path + ".print");
            s = s.withPrintSafeMarginMm(number(print.get(), "safeMarginMm", path + ".print", 0.5, 100,
                    s.printSafeMarginMm()));
        }
        return s;
    }

    private GuidelineSettings.Story story(JsonElement json, GuidelineSettings.Story base, String path) {
        Optional<JsonObject> o = json == null ? Optional.empty() : object(json, path);
        if (o.isEmpty()) {
            return base;
        }
        unknown(o.get(), Set.of("top", "bottom"), path);
        double top = number(o.get(), "top", path, 0, 0.45, base.top());
        double bottom = number(o.get(), "bottom", path, 0, 0.45, base.bottom());
        return new GuidelineSettings.Story(top, bottom);
    }

    private GuidelineSettings.Logo logo(JsonElement json, GuidelineSettings.Logo base, String path) {
        Optional<JsonObject> o = json == null ? Optional.empty() : object(json, path);
        if (o.isEmpty()) {
            return base;
        }
        unknown(o.get(), Set.of("clearSpace", "minPixels", "minMillimetres"), path);
        return new GuidelineSettings.Logo(number(o.get(), "clearSpace", path, 0, 2, base.clearSpace()),
                number(o.get(), "minPixels", path, 1, 5000, base.minPixels()),
                number(o.get(), "minMillimetres", path, 1, 5000, base.minMillimetres()));
    }

    private GuidelineSettings.Legibility legibility(JsonElement json, GuidelineSettings.Legibility base, String path) {
        Optional<JsonObject> o = json == null ? Optional.empty() : object(json, path);
        if (o.isEmpty()) {
            return base;
        }
        unknown(o.get(), Set.of("minGlyphPixels", "minContrast", "minContrastLarge", "displayWidth"), path);
        Map<FrameKind, Integer> widths = new EnumMap<>(FrameKind.class);
        widths.putAll(base.displayWidth());
        if (o.get().has("displayWidth")) {
            String wp = path + ".displayWidth";
            object(o.get().get("displayWidth"), wp).ifPresent(dw -> {
                for (String kind : dw.keySet()) {
                    Optional<FrameKind> k = FrameKind.fromId(kind);
                    if (k.isEmpty()) {
                        String kinds = Arrays.stream(FrameKind.values()).map(FrameKind::id)
                                .collect(Collectors.joining(", "));
                        problem(wp + "." + kind, Msg.of("guideline.settings.unknown-kind", kind, kinds));
                    } else {
                        widths.put(k.get(), (int) Math.round(number(dw, kind, wp, 16, 20_000,
                                base.displayWidth(k.get()))));
                    }
                }
            });
        }
        return new GuidelineSettings.Legibility(
                number(o.get(), "minGlyphPixels", path, 0.5, 100, base.minGlyphPixels()),
                number(o.get(), "minContrast", path, 1, 21, base.minContrast()),
                number(o.get(), "minContrastLarge", path, 1, 21, base.minContrastLarge()), widths);
    }

    private GuidelineSettings.Photo photo(JsonElement json, GuidelineSettings.Photo base, String path) {
        Optional<JsonObject> o = json == null ? Optional.empty() : object(json, path);
        if (o.isEmpty()) {
            return base;
        }
        unknown(o.get(), Set.of("maxUpscale", "minPrintPpi"), path);
        return new GuidelineSettings.Photo(number(o.get(), "maxUpscale", path, 1, 20, base.maxUpscale()),
                number(o.get(), "minPrintPpi", path, 1, 2400, base.minPrintPpi()));
    }

    private Set<Rule> rules(JsonElement json, String path) {
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        if (!(json instanceof JsonArray array)) {
            problem(path, Msg.of("guideline.settings.not-rule-list"));
            return rules;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            Optional<Rule> rule = e instanceof JsonPrimitive p && p.isString() ? Rule.fromId(p.getAsString())
                    : Optional.empty();
            if (rule.isPresent()) {
                rules.add(rule.get());
            } else {
                problem(path + "[" + i + "]", Msg.of("guideline.settings.unknown-rule", e.toString(),
                        Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", "))));
            }
        }
        return rules;
    }

    private double number(JsonObject o, String name, String path, double min, double max, double fallback) {
        if (!o.has(name)) {
            return fallback;
        }
        JsonElement e = o.get(name);
        if (e instanceof JsonPrimitive p && p.isNumber()) {
            double v = p.getAsDouble();
            if (v >= min && v <= max) {
                return v;
            }
        }
        problem(path + "." + name, Msg.of("guideline.settings.range", e.toString(), min, max));
        return fallback;
    }

    private Optional<JsonObject> object(JsonElement json, String path) {
        if (json instanceof JsonObject o) {
            return Optional.of(o);
        }
        problem(path, Msg.of("guideline.settings.not-object"));
        return Optional.empty();
    }

    private void unknown(JsonObject o, Set<String> known, String path) {
        for (String key : o.keySet()) {
            if (!known.contains(key)) {
                problem(path + "." + key, Msg.of("guideline.settings.unknown-field", key,
                        known.stream().sorted().collect(Collectors.joining(", "))));
            }
        }
    }

    private void problem(String field, Msg reason) {
        problems.add(new Problem(file, field, reason));
    }
}
