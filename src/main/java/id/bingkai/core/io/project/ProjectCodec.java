// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.project;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.TextField;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code .bingkai} project format (JSON, schema 1). The photo is stored as a path, not embedded: photos are
 * large, a project is meant to be reopened on the same computer, and a project file passed around should not
 * carry somebody's portrait by surprise. The path is stored absolute and relative to the project's folder; a
 * missing photo opens the project without it and says so. Parsing is strict: malformed JSON, unknown fields,
 * wrong types and out-of-range values are refused with a message naming the field. A frame with several photo
 * slots keeps the first slot's photo in {@code photo} / {@code placement} as before and the others under
 * {@code slots}, by slot id (absent for frames with one slot, so their files stay as they were).
 */
public final class ProjectCodec {
    public static final int SCHEMA = 1;
    public static final String EXTENSION = "bingkai";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Set<String> TOP = Set.of("schema", "app", "pack", "frame", "photoInFront", "photo", "placement",
            "texts", "slots");
    private static final Set<String> SLOT = Set.of("photo", "placement");
    /** More slots than any real frame has; a file claiming more is not a project. */
    private static final int MAX_SLOTS = 64;
    private static final Set<String> PACK = Set.of("id", "builtIn", "origin");
    private static final Set<String> PHOTO = Set.of("path", "relative");
    private static final Set<String> PLACEMENT = Set.of("offsetX", "offsetY", "zoom", "rotation", "flipped");
    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");

    private ProjectCodec() {
    }

    /**
     * @param builtInPack the document's pack is the built-in set (referenced by id only)
     * @param projectFile where it will be written (for the relative photo path), or null
     */
    public static String toJson(Document doc, boolean builtInPack, Path projectFile) {
        JsonObject root = new JsonObject();
        root.addProperty("schema", SCHEMA);
        root.addProperty("app", "bingkai");
        JsonObject pack = new JsonObject();
        pack.addProperty("id", doc.pack().id());
        pack.addProperty("builtIn", builtInPack);
        if (!builtInPack) {
            pack.addProperty("origin", doc.pack().origin());
        }
        root.add("pack", pack);
        root.addProperty("frame", doc.frame().id());
        root.addProperty("photoInFront", doc.photoInFront());
        Optional<PlacedPhoto> placed = doc.primaryPhoto();
        Placement p = placed.map(PlacedPhoto::placement).orElse(Placement.COVER);
        placed.ifPresent(ph -> root.add("photo", photoJson(ph, projectFile)));
        root.add("placement", placementJson(p));
        JsonObject texts = new JsonObject();
        doc.texts().forEach(texts::addProperty);
        root.add("texts", texts);
        JsonObject slots = new JsonObject();
        for (PhotoSlot slot : doc.frame().slots().subList(1, doc.frame().slots().size())) {
            doc.photo(slot.id()).ifPresent(ph -> {
                JsonObject entry = new JsonObject();
                entry.add("photo", photoJson(ph, projectFile));
                entry.add("placement", placementJson(ph.placement()));
                slots.add(slot.id(), entry);
            });
        }
        if (!slots.isEmpty()) {
            root.add("slots", slots);
        }
        return GSON.toJson(root) + "\n";
    }

    private static JsonObject photoJson(PlacedPhoto placed, Path projectFile) {
        JsonObject photo = new JsonObject();
        Path abs = placed.photo().path().toAbsolutePath().normalize();
        photo.addProperty("path", abs.toString());
        relative(projectFile, abs).ifPresent(r -> photo.addProperty("relative", r));
        return photo;
    }

    private static JsonObject placementJson(Placement p) {
        JsonObject placement = new JsonObject();
        placement.addProperty("offsetX", p.offsetX());
        placement.addProperty("offsetY", p.offsetY());
        placement.addProperty("zoom", p.zoom());
        placement.addProperty("rotation", p.rotation());
        placement.addProperty("flipped", p.flipped());
        return placement;
    }

    public static ProjectData parse(String json, Path file) {
        JsonObject root;
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw bad(file, "project.error.syntax", Msg.of("project.error.where.trailing"));
            }
            if (!element.isJsonObject()) {
                throw bad(file, "project.error.syntax", Msg.of("project.error.where.notObject"));
            }
            root = element.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw bad(file, "project.error.syntax", where(String.valueOf(e.getMessage())));
        }
        // The schema first: a newer Bingkai's project is to be opened by updating, not reported field by field.
        int schema = integer(root, "schema", file);
        if (schema > SCHEMA) {
            throw bad(file, "project.error.newer", schema);
        }
        onlyKnown(root, TOP, "", file);
        if (schema < 1) {
            throw bad(file, "project.error.field", "schema");
        }
        JsonObject pack = object(root, "pack", file);
        onlyKnown(pack, PACK, "pack.", file);
        String packId = string(pack, "id", f("pack", "id"), file);
        boolean builtIn = pack.has("builtIn") && bool(pack, "builtIn", f("pack", "builtIn"), file);
        Optional<Path> origin = builtIn || !pack.has("origin") ? Optional.empty()
                : Optional.of(path(string(pack, "origin", f("pack", "origin"), file), f("pack", "origin"), file));
        String frameId = string(root, "frame", "frame", file);
        Optional<PhotoField> photo = root.has("photo") && !root.get("photo").isJsonNull()
                ? Optional.of(photo(object(root, "photo", file), "photo", file)) : Optional.empty();
        Optional<Path> photoPath = photo.map(PhotoField::path);
        Optional<String> relative = photo.flatMap(PhotoField::relative);
        Placement placement = root.has("placement") ? placement(object(root, "placement", file), "placement", file)
                : Placement.COVER;
        Map<String, String> texts = new LinkedHashMap<>();
        if (root.has("texts")) {
            JsonObject t = object(root, "texts", file);
            for (String key : t.keySet()) {
                if (!TextField.isValidKey(key)) {
                    throw bad(file, "project.error.field", "texts." + key);
                }
                texts.put(key, string(t, key, "texts." + key, file));
            }
        }
        boolean inFront = root.has("photoInFront") && bool(root, "photoInFront", "photoInFront", file);
        Map<String, ProjectData.SlotPhoto> slots = root.has("slots") ? slots(object(root, "slots", file), file)
                : Map.of();
        return new ProjectData(packId, origin, frameId, photoPath, relative, placement, texts, inFront, slots);
    }

    private static Placement placement(JsonObject p, String field, Path file) {
        onlyKnown(p, PLACEMENT, field + ".", file);
        try {
            return new Placement(number(p, "offsetX", file, 0), number(p, "offsetY", file, 0),
                    number(p, "zoom", file, 1), number(p, "rotation", file, 0),
                    p.has("flipped") && bool(p, "flipped", f(field, "flipped"), file));
        } catch (IllegalArgumentException e) {
            throw bad(file, "project.error.placement", Placement.MIN_ZOOM, Placement.MAX_ZOOM,
                    Placement.MAX_OFFSET);
        }
    }

    /** A {@code {"path": …, "relative": …}} object found at {@code field}. */
    private record PhotoField(Path path, Optional<String> relative) {
    }

    private static PhotoField photo(JsonObject photo, String field, Path file) {
        onlyKnown(photo, PHOTO, field + ".", file);
        Path path = path(string(photo, "path", f(field, "path"), file), f(field, "path"), file);
        Optional<String> relative = photo.has("relative")
                ? Optional.of(string(photo, "relative", f(field, "relative"), file)) : Optional.empty();
        return new PhotoField(path, relative);
    }

    /** {@code "slots": {"<slot id>": {"photo": {"path": …, "relative": …}, "placement": {…}}}}. */
    private static Map<String, ProjectData.SlotPhoto> slots(JsonObject slots, Path file) {
        if (slots.size() > MAX_SLOTS) {
            throw bad(file, "project.error.field", "slots");
        }
        Map<String, ProjectData.SlotPhoto> result = new LinkedHashMap<>();
        for (String id : slots.keySet()) {
            String field = f("slots", id);
            JsonElement e = slots.get(id);
            if (id.isBlank() || e == null || !e.isJsonObject()) {
                throw bad(file, "project.error.field", field);
            }
            JsonObject entry = e.getAsJsonObject();
            onlyKnown(entry, SLOT, field + ".", file);
            PhotoField photo = photo(object(entry, "photo", file), f(field, "photo"), file);
            Placement placement = entry.has("placement")
                    ? placement(object(entry, "placement", file), f(field, "placement"), file) : Placement.COVER;
            result.put(id, new ProjectData.SlotPhoto(photo.path(), photo.relative(), placement));
        }
        return result;
    }

    /** Where the parser stopped, as the user can look it up; the parser's own text is for developers. */
    private static Msg where(String parserMessage) {
        Matcher m = LOCATION.matcher(parserMessage);
        return m.find() ? Msg.of("project.error.where", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : Msg.of("project.error.where.notObject");
    }

    private static Optional<String> relative(Path projectFile, Path photo) {
        if (projectFile == null) {
            return Optional.empty();
        }
        try {
            Path dir = projectFile.toAbsolutePath().normalize().getParent();
            return Optional.of(dir.relativize(photo).toString().replace('\\', '/'));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // another drive on Windows
        }
    }

    private static void onlyKnown(JsonObject o, Set<String> known, String prefix, Path file) {
        for (String key : o.keySet()) {
            if (!known.contains(key)) {
                throw bad(file, "project.error.unknown", prefix + key);
            }
        }
    }

    private static JsonObject object(JsonObject o, String key, Path file) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonObject()) {
            throw bad(file, "project.error.field", key);
        }
        return e.getAsJsonObject();
    }

    private static String string(JsonObject o, String key, String field, Path file) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw bad(file, "project.error.field", field);
        }
        return e.getAsString();
    }

    private static boolean bool(JsonObject o, String key, String field, Path file) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw bad(file, "project.error.field", field);
        }
        return e.getAsBoolean();
    }

    private static int integer(JsonObject o, String key, Path file) {
        double v = number(o, key, file, Double.NaN);
        if (Double.isNaN(v) || v != Math.rint(v)) {
            throw bad(file, "project.error.field", key);
        }
        return (int) v;
    }

    private static double number(JsonObject o, String key, Path file, double fallback) {
        JsonElement e = o.get(key);
        if (e == null) {
            return fallback;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw bad(file, "project.error.field", key);
        }
        return e.getAsDouble();
    }

    /** A field's path for messages, e.g. pack.id. */
    private static String f(String parent, String child) {
        return parent + "." + child;
    }

    private static Path path(String text, String field, Path file) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw bad(file, "project.error.field", field);
        }
    }

    private static BadInputException bad(Path file, String key, Object... args) {
        return new BadInputException(file, Msg.of(key, args));
    }
}
