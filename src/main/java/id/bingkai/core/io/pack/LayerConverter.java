// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import com.google.gson.JsonElement;
import id.bingkai.core.io.json.JsonFields;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.Stroke;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextFlow;
import id.bingkai.core.model.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts one entry of a frame's {@code layers} array: an image, a text, a shape or the agency logo's place. */
final class LayerConverter {
    /** Longer than any pledge card needs; laying out more would only cost render time. */
    static final int MAX_TEXT = 5_000;
    static final String DEFAULT_FONT = "Inter";
    static final int DEFAULT_COLOUR = 0xFF000000;
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    /** How far a logo's box may stray from the file's own proportions before it counts as stretched. */
    static final double LOGO_ASPECT_TOLERANCE = 0.01;

    private static final Set<String> COMMON = Set.of("type", "id", "x", "y", "width", "height", "position", "role");
    private static final Set<String> IMAGE = union(COMMON, "opacity", "file");
    private static final Set<String> TEXT = union(COMMON, "text", "font", "weight", "size", "color", "fill", "align",
            "uppercase", "letterSpacing", "flow", "lineHeight");
    private static final Set<String> SHAPE = union(COMMON, "opacity", "shape", "radius", "fill", "stroke");
    /** The agency's logo place: its role is implied, and what it shows is the user's choice, not a file. */
    private static final Set<String> LOGO_PLACE = Set.of("type", "id", "x", "y", "width", "height", "position");
    private static final List<String> TYPES = List.of("image", "text", "shape", "agency-logo");
    private static final List<String> POSITIONS = List.of("below", "above");
    private static final List<String> ROLES = List.of("decoration", "logo", "tag", "text");
    private static final List<String> ALIGNS = List.of("left", "center", "right");
    private static final List<String> SHAPES = List.of("rect", "ellipse");
    private static final List<String> FLOWS = List.of("line", "paragraph", "bullets");

    private final AssetReader assets;
    private final Set<String> fieldKeys;
    private final Set<String> fontFamilies;

    /**
     * @param fieldKeys    keys the pack declares in {@code fields}
     * @param fontFamilies lower-case families a text layer may name
     */
    LayerConverter(AssetReader assets, Set<String> fieldKeys, Set<String> fontFamilies) {
        this.assets = assets;
        this.fieldKeys = fieldKeys;
        this.fontFamilies = fontFamilies;
    }

    Optional<Layer> convert(JsonElement element, String path, int index, Optional<CanvasSize> canvas,
            Problems problems) {
        String type = element.isJsonObject() && element.getAsJsonObject().get("type") instanceof JsonElement t
                && t.isJsonPrimitive() ? t.getAsString() : "";
        Set<String> allowed = switch (type) {
            case "image" -> IMAGE;
            case "text" -> TEXT;
            case "shape" -> SHAPE;
            case "agency-logo" -> LOGO_PLACE;
            default -> union(union(IMAGE, TEXT.toArray(String[]::new)), SHAPE.toArray(String[]::new));
        };
        Optional<JsonFields> object = JsonFields.of(element, Problems.MANIFEST, path, problems, allowed);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        JsonFields f = object.get();
        int before = problems.size();
        f.choice("type", true, TYPES);
        String id = f.string("id", false).orElse("layer-" + index);
        if (id.isBlank() || id.length() > 64) {
            f.problem("id", "pack.problem.layer.id");
        }
        Optional<Rect> bounds = BoundsReader.read(f, canvas);
        LayerPosition position = f.choice("position", false, POSITIONS)
                .map(p -> LayerPosition.valueOf(p.toUpperCase(Locale.ROOT))).orElse(LayerPosition.ABOVE);
        Optional<LayerRole> role = f.choice("role", false, ROLES).flatMap(LayerRole::fromId);
        Optional<Layer> layer = problems.build(path, () -> switch (type) {
            case "image" -> image(f, id, role.orElse(LayerRole.DECORATION), position, bounds);
            case "text" -> text(f, id, role.orElse(LayerRole.TEXT), position, bounds);
            case "shape" -> shape(f, id, role.orElse(LayerRole.DECORATION), position, bounds);
            case "agency-logo" -> logoPlace(f, id, position, bounds, canvas);
            default -> Optional.<Layer>empty();
        }).flatMap(l -> l);
        return problems.size() == before ? layer : Optional.empty();
    }

    private Optional<Layer> image(JsonFields f, String id, LayerRole role, LayerPosition position,
            Optional<Rect> bounds) {
        double opacity = opacity(f);
        Optional<Asset> asset = f.string("file", true).flatMap(file -> assets.image(file, f.path("file")));
        if (asset.isEmpty() || bounds.isEmpty()) {
            return Optional.empty();
        }
        if (role == LayerRole.LOGO) {
            checkLogoAspect(f, asset.get(), bounds.get());
        }
        return Optional.of(new Layer.Image(id, role, position, bounds.get(), asset.get(), opacity));
    }

    /** The agency logo's place must lie wholly on the canvas: a logo cut by the edge breaks every guideline. */
    private static Optional<Layer> logoPlace(JsonFields f, String id, LayerPosition position, Optional<Rect> bounds,
            Optional<CanvasSize> canvas) {
        if (bounds.isEmpty()) {
            return Optional.empty();
        }
        if (canvas.isPresent() && !canvas.get().bounds().contains(bounds.get())) {
            f.problemAt(f.path(), "pack.problem.logoPlace.outside", canvas.get().width(), canvas.get().height());
            return Optional.empty();
        }
        return Optional.of(new Layer.LogoPlace(id, position, bounds.get()));
    }

    /** A logo drawn out of its own proportions breaks every logo guideline; say which height keeps them. */
    private static void checkLogoAspect(JsonFields f, Asset asset, Rect bounds) {
        double intrinsic = switch (asset) {
            case Asset.Raster r -> (double) r.image().getWidth() / r.image().getHeight();
            case Asset.Vector v -> v.document().size().getWidth() / v.document().size().getHeight();
            case Asset.Typeface t -> 0;
        };
        double box = bounds.width() / bounds.height();
        if (intrinsic > 0 && Math.abs(box / intrinsic - 1) > LOGO_ASPECT_TOLERANCE) {
            long height = Math.round(bounds.width() / intrinsic);
            f.problemAt(f.path(), "pack.problem.logo.stretched", height);
        }
    }

    private Optional<Layer> text(JsonFields f, String id, LayerRole role, LayerPosition position,
            Optional<Rect> bounds) {
        Optional<String> template = f.string("text", true);
        template.ifPresent(t -> checkTemplate(f, t));
        if (template.isPresent() && template.get().length() > MAX_TEXT) {
            f.problem("text", "pack.problem.text.tooLong", MAX_TEXT);
        }
        if (template.isPresent() && template.get().isBlank()) {
            f.problem("text", "pack.problem.blank");
        }
        String family = f.string("font", false).orElse(DEFAULT_FONT);
        if (!fontFamilies.contains(family.toLowerCase(Locale.ROOT))) {
            f.problem("font", "pack.problem.font.unknown", family);
        }
        int weight = f.integer("weight", false).orElse(400);
        // A value with a problem is replaced (or the layer dropped), so the style's own check does not report it
        // a second time, in English.
        if (weight < 100 || weight > 900) {
            f.problem("weight", "pack.problem.range", 100, 900);
            weight = 400;
        }
        Optional<Double> size = f.number("size", true);
        if (size.isPresent() && !(size.get() > 0)) {
            f.problem("size", "pack.problem.positive");
            size = Optional.empty();
        } else if (size.isPresent() && size.get() > CanvasSize.MAX_SIDE) {
            // Larger than any canvas: Java's font machinery takes seconds per attempt to fit such a line.
            f.problem("size", "pack.problem.rangeDecimal", 0, CanvasSize.MAX_SIDE);
            size = Optional.empty();
        }
        if (f.has("color") && f.has("fill")) {
            f.problem("fill", "pack.problem.text.colorAndFill");
        }
        Fill fill = f.has("fill") ? PaintReader.fill(f, "fill", false).orElse(null)
                : PaintReader.colour(f, "color", false).<Fill>map(Fill.Solid::new)
                        .orElse(new Fill.Solid(DEFAULT_COLOUR));
        TextAlign align = f.choice("align", false, ALIGNS).map(a -> TextAlign.valueOf(a.toUpperCase(Locale.ROOT)))
                .orElse(TextAlign.CENTER);
        boolean uppercase = f.bool("uppercase").orElse(false);
        double spacing = f.number("letterSpacing", false).orElse(0.0);
        if (Math.abs(spacing) > 1) {
            f.problem("letterSpacing", "pack.problem.rangeDecimal", -1, 1);
            spacing = 0;
        }
        TextFlow flow = f.choice("flow", false, FLOWS).flatMap(TextFlow::fromId).orElse(TextFlow.LINE);
        double lineHeight = f.number("lineHeight", false).orElse(Layer.Text.DEFAULT_LINE_HEIGHT);
        if (!(lineHeight >= Layer.Text.MIN_LINE_HEIGHT && lineHeight <= Layer.Text.MAX_LINE_HEIGHT)) {
            f.problem("lineHeight", "pack.problem.rangeDecimal", Layer.Text.MIN_LINE_HEIGHT,
                    Layer.Text.MAX_LINE_HEIGHT);
            lineHeight = Layer.Text.DEFAULT_LINE_HEIGHT;
        } else if (flow == TextFlow.LINE && f.has("lineHeight")) {
            f.problem("lineHeight", "pack.problem.text.lineHeightOneLine");
        }
        if (template.isEmpty() || size.isEmpty() || fill == null || bounds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Layer.Text(id, role, position, bounds.get(), template.get(),
                new TextStyle(family, weight, size.get(), fill, align, uppercase, spacing), flow, lineHeight));
    }

    /** Every {@code {name}} must be {@code {tag}} or a declared field. */
    private void checkTemplate(JsonFields f, String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String key = m.group(1);
            if (!key.equals("tag") && !fieldKeys.contains(key)) {
                f.problem("text", "pack.problem.text.unknownField", "{" + key + "}");
            }
        }
    }

    /** The field keys a template uses, {@code tag} excluded. */
    static Set<String> placeholders(String template) {
        Set<String> keys = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!m.group(1).equals("tag")) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private Optional<Layer> shape(JsonFields f, String id, LayerRole role, LayerPosition position,
            Optional<Rect> bounds) {
        double opacity = opacity(f);
        Optional<ShapeKind> kind = f.choice("shape", true, SHAPES)
                .map(s -> s.equals("rect") ? ShapeKind.RECTANGLE : ShapeKind.ELLIPSE);
        double radius = radius(f, kind.map(k -> k == ShapeKind.RECTANGLE).orElse(true));
        Optional<Fill> fill = PaintReader.fill(f, "fill", false);
        Optional<Stroke> stroke = PaintReader.stroke(f, "stroke");
        if (!f.has("fill") && !f.has("stroke")) {
            f.problemAt(f.path(), "pack.problem.shape.invisible");
        }
        if (kind.isEmpty() || bounds.isEmpty() || fill.isEmpty() && stroke.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Layer.Shape(id, role, position, bounds.get(), kind.get(), radius, fill, stroke,
                opacity));
    }

    /** A corner radius, only meaningful for rectangles. */
    static double radius(JsonFields f, boolean rectangle) {
        Optional<Double> radius = f.number("radius", false);
        if (radius.isEmpty()) {
            return 0;
        }
        if (!rectangle) {
            f.problem("radius", "pack.problem.radius.notRect");
            return 0;
        }
        if (radius.get() < 0) {
            f.problem("radius", "pack.problem.notNegative");
            return 0;
        }
        return radius.get();
    }

    private static double opacity(JsonFields f) {
        double opacity = f.number("opacity", false).orElse(1.0);
        if (opacity < 0 || opacity > 1) {
            f.problem("opacity", "pack.problem.rangeDecimal", 0, 1);
            return 1;
        }
        return opacity;
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
