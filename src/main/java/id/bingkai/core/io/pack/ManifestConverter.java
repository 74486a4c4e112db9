// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.json.JsonFields;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where a raw manifest tree becomes the validated model. It reads on after a problem, so one lint
 * lists everything; the model is built only when no problem was found. A future schema 2 would be migrated here.
 */
final class ManifestConverter {
    static final int SCHEMA = 1;
    /** Families a text layer may name without shipping a font: Bingkai's own Inter and Java's logical fonts. */
    static final Set<String> BUILT_IN_FAMILIES = Set.of("inter", "sansserif", "serif", "monospaced", "dialog",
            "dialoginput");
    private static final Set<String> TOP = Set.of("schema", "id", "name", "version", "sample", "tag", "caption",
            "fonts", "fields", "frames", "guideline");
    private static final Set<String> FIELD = Set.of("key", "label", "default", "maxLength", "multiline");
    private static final Pattern TAG = Pattern.compile("#\\S+");

    private final AssetReader assets;
    private final PackLimits limits;
    private final Problems problems;
    private final FrameSelection selection;

    ManifestConverter(AssetReader assets, PackLimits limits, Problems problems) {
        this(assets, limits, problems, FrameSelection.ALL);
    }

    /** Converts only the frames {@code selection} chooses; everything above the frames is converted as always. */
    ManifestConverter(AssetReader assets, PackLimits limits, Problems problems, FrameSelection selection) {
        this.assets = assets;
        this.limits = limits;
        this.problems = problems;
        this.selection = selection;
    }

    /**
     * The pack, or empty when {@code problems} received at least one problem.
     *
     * @throws UnknownFrameException when the selection names a frame the manifest does not have (and the rest of
     *                               the pack has no problem)
     */
    Optional<FramePack> convert(JsonObject root, String origin) {
        int before = problems.size();
        if (!schemaUnderstood(root)) {
            return Optional.empty();
        }
        JsonFields top = JsonFields.of(root, Problems.MANIFEST, "", problems, TOP).orElseThrow();
        Optional<String> id = top.string("id", true);
        if (id.isPresent() && !Frame.isValidId(id.get())) {
            top.problem("id", "pack.problem.id.pattern", id.get());
        }
        Optional<LocalizedText> name = LocalizedReader.read(top, "name", true);
        String version = top.string("version", false).orElse("1");
        if (version.isBlank()) {
            top.problem("version", "pack.problem.blank");
        }
        boolean sample = top.bool("sample").orElse(false);
        String tag = top.string("tag", false).orElse(FramePack.CAMPAIGN_TAG);
        if (!TAG.matcher(tag).matches()) {
            top.problem("tag", "pack.problem.tag", tag);
        }
        LocalizedText caption = LocalizedReader.read(top, "caption", false).orElse(LocalizedText.of(tag));
        List<Asset.Typeface> typefaces = fonts(top);
        List<TextField> fields = fields(top);
        Set<String> families = new HashSet<>(BUILT_IN_FAMILIES);
        typefaces.forEach(t -> families.add(t.font().getFamily(Locale.ROOT).toLowerCase(Locale.ROOT)));
        Set<String> keys = new HashSet<>();
        fields.forEach(f -> keys.add(f.key()));
        GuidelineSettings guideline = GuidelineBlock.read(root.get("guideline"), GuidelineSettings.DEFAULT,
                "guideline", problems);
        List<Frame> frames = frames(top, new FrameConverter(assets, new LayerConverter(assets, keys, families),
                fields, limits), guideline);
        if (problems.size() > before || id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        if (frames.isEmpty() && selection.frameId().isPresent()) {
            throw new UnknownFrameException(selection.frameId().get(), id.get(),
                    FrameSelection.ids(top.array("frames", true).orElseThrow()));
        }
        return problems.build("", () -> new FramePack(id.get(), name.get(), version, sample, tag, caption, frames,
                typefaces, origin));
    }

    /** A newer schema is refused alone: its other fields may mean things this version cannot know. */
    private boolean schemaUnderstood(JsonObject root) {
        JsonElement schema = root.get("schema");
        if (schema == null) {
            problems.add(Problems.MANIFEST, "schema", "pack.problem.required", "schema");
            return true;
        }
        boolean number = JsonFields.doubleOf(schema).isPresent();
        int sign = number ? JsonFields.compare(schema, SCHEMA) : 0;
        if (number && sign > 0) {
            problems.add(Problems.MANIFEST, "schema", "pack.problem.schema.newer",
                    JsonFields.decimal(schema).orElseThrow().toPlainString(), SCHEMA);
            return false;
        }
        if (!number || sign != 0) {
            problems.add(Problems.MANIFEST, "schema", "pack.problem.schema.invalid", String.valueOf(schema), SCHEMA);
        }
        return true;
    }

    private List<Asset.Typeface> fonts(JsonFields top) {
        List<Asset.Typeface> typefaces = new ArrayList<>();
        Optional<JsonArray> array = top.array("fonts", false);
        for (int i = 0; array.isPresent() && i < array.get().size(); i++) {
            String path = "fonts[" + i + "]";
            JsonElement element = array.get().get(i);
            if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
                problems.add(Problems.MANIFEST, path, "pack.problem.wrongType",
                        Msg.of("pack.problem.type.string"));
                continue;
            }
            assets.font(element.getAsString(), path).ifPresent(typefaces::add);
        }
        return typefaces;
    }

    private List<TextField> fields(JsonFields top) {
        List<TextField> fields = new ArrayList<>();
        Optional<JsonArray> array = top.array("fields", false);
        Set<String> keys = new HashSet<>();
        for (int i = 0; array.isPresent() && i < array.get().size(); i++) {
            Optional<JsonFields> object = JsonFields.of(array.get().get(i), Problems.MANIFEST, "fields[" + i + "]", problems, FIELD);
            if (object.isEmpty()) {
                continue;
            }
            JsonFields f = object.get();
            int before = problems.size();
            Optional<String> key = f.string("key", true);
            if (key.isPresent() && !TextField.isValidKey(key.get())) {
                f.problem("key", "pack.problem.field.key", key.get());
            } else if (key.isPresent() && key.get().equals("tag")) {
                f.problem("key", "pack.problem.field.tagReserved");
            } else if (key.isPresent() && !keys.add(key.get())) {
                f.problem("key", "pack.problem.duplicateId", key.get());
            }
            Optional<LocalizedText> label = LocalizedReader.read(f, "label", true);
            String defaultValue = f.string("default", false).orElse("");
            boolean multiline = f.bool("multiline").orElse(false);
            int max = multiline ? TextField.MAX_LENGTH_MULTILINE : TextField.MAX_LENGTH;
            int maxLength = f.integer("maxLength", false).orElse(60);
            if (maxLength < 1 || maxLength > max) {
                f.problem("maxLength", "pack.problem.range", 1, max);
            } else if (!multiline && (defaultValue.contains("\n") || defaultValue.contains("\r"))) {
                f.problem("default", "pack.problem.field.lineBreak");
            } else if (defaultValue.length() > maxLength) {
                f.problem("default", "pack.problem.field.defaultTooLong", maxLength);
            }
            if (problems.size() == before && key.isPresent() && label.isPresent()) {
                fields.add(new TextField(key.get(), label.get(), defaultValue, maxLength, multiline));
            }
        }
        return fields;
    }

    private List<Frame> frames(JsonFields top, FrameConverter converter, GuidelineSettings guideline) {
        List<Frame> frames = new ArrayList<>();
        Optional<JsonArray> array = top.array("frames", true);
        if (array.isEmpty()) {
            return frames;
        }
        if (array.get().isEmpty()) {
            top.problem("frames", "pack.problem.frames.none");
        }
        if (array.get().size() > limits.maxFrames()) {
            top.problem("frames", "pack.problem.tooMany", array.get().size(), limits.maxFrames());
            return frames;
        }
        Set<String> ids = new HashSet<>();
        OptionalInt chosen = selection.all() ? OptionalInt.empty() : selection.chosen(array.get());
        for (int i = 0; i < array.get().size(); i++) {
            String path = "frames[" + i + "]";
            JsonElement element = array.get().get(i);
            if (element.isJsonObject() && element.getAsJsonObject().get("id") instanceof JsonElement frameId
                    && frameId.isJsonPrimitive() && !ids.add(frameId.getAsString())) {
                problems.add(Problems.MANIFEST, path + ".id", "pack.problem.duplicateId", frameId.getAsString());
            }
            if (selection.all() || chosen.equals(OptionalInt.of(i))) {
                converter.convert(element, path, problems, guideline).ifPresent(frames::add);
            }
        }
        return frames;
    }
}
