// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import id.bingkai.core.io.json.JsonFields;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PrintSize;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Converts one entry of {@code frames}: canvas, slots, layers, and the fields its text layers use. */
final class FrameConverter {
    private static final Set<String> FRAME = Set.of("id", "name", "kind", "width", "height", "background",
            "photoAboveAllowed", "slots", "layers", "guideline", "print");
    private static final Set<String> PRINT = Set.of("trimWidth", "trimHeight", "bleed");
    private static final Set<String> SLOT = Set.of("id", "shape", "x", "y", "width", "height", "radius", "mask");
    private static final List<String> KINDS = List.of("profile", "status", "poster", "banner", "card");
    private static final List<String> SLOT_SHAPES = List.of("rect", "ellipse", "mask");

    private final AssetReader assets;
    private final LayerConverter layers;
    private final List<TextField> packFields;
    private final PackLimits limits;

    FrameConverter(AssetReader assets, LayerConverter layers, List<TextField> packFields, PackLimits limits) {
        this.assets = assets;
        this.layers = layers;
        this.packFields = packFields;
        this.limits = limits;
    }

    Optional<Frame> convert(JsonElement element, String path, Problems problems, GuidelineSettings packGuideline) {
        Optional<JsonFields> object = JsonFields.of(element, Problems.MANIFEST, path, problems, FRAME);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        JsonFields f = object.get();
        int before = problems.size();
        Optional<String> id = f.string("id", true);
        if (id.isPresent() && !Frame.isValidId(id.get())) {
            f.problem("id", "pack.problem.id.pattern", id.get());
        }
        Optional<LocalizedText> name = LocalizedReader.read(f, "name", true);
        Optional<FrameKind> kind = f.choice("kind", true, KINDS).flatMap(FrameKind::fromId);
        Optional<CanvasSize> canvas = canvas(f);
        Optional<Integer> background = PaintReader.colour(f, "background", false);
        boolean photoAbove = f.bool("photoAboveAllowed").orElse(false);
        Optional<PrintSize> print = print(f, canvas, problems);
        List<PhotoSlot> slots = slots(f, canvas, print.isPresent(), problems);
        List<Layer> layerList = layers(f, canvas, problems);
        GuidelineSettings guideline = GuidelineBlock.read(element.getAsJsonObject().get("guideline"), packGuideline,
                path + ".guideline", problems);
        if (problems.size() > before || id.isEmpty() || name.isEmpty() || kind.isEmpty() || canvas.isEmpty()) {
            return Optional.empty();
        }
        return problems.build(path, () -> new Frame(id.get(), name.get(), kind.get(), canvas.get(), background, slots,
                layerList, fieldsUsed(layerList), photoAbove, guideline, print));
    }

    /** {@code print}: trim and bleed in millimetres; the canvas must have the proportions of trim plus bleed. */
    private static Optional<PrintSize> print(JsonFields f, Optional<CanvasSize> canvas, Problems problems) {
        if (!f.has("print")) {
            return Optional.empty();
        }
        Optional<JsonFields> object = JsonFields.of(f.raw("print", true).orElseThrow(), Problems.MANIFEST, f.path("print"), problems,
                PRINT);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        JsonFields p = object.get();
        int before = problems.size();
        Optional<Double> width = p.number("trimWidth", true);
        Optional<Double> height = p.number("trimHeight", true);
        double bleed = p.number("bleed", false).orElse(0.0);
        for (String key : List.of("trimWidth", "trimHeight")) {
            Optional<Double> side = key.equals("trimWidth") ? width : height;
            if (side.isPresent() && !(side.get() >= PrintSize.MIN_TRIM_MM && side.get() <= PrintSize.MAX_TRIM_MM)) {
                p.problem(key, "pack.problem.rangeDecimal", PrintSize.MIN_TRIM_MM, PrintSize.MAX_TRIM_MM);
            }
        }
        if (!(bleed >= 0 && bleed <= PrintSize.MAX_BLEED_MM)) {
            p.problem("bleed", "pack.problem.rangeDecimal", 0, PrintSize.MAX_BLEED_MM);
        }
        if (problems.size() > before || width.isEmpty() || height.isEmpty()) {
            return Optional.empty();
        }
        PrintSize size = new PrintSize(width.get(), height.get(), bleed);
        if (canvas.isPresent() && !size.fits(canvas.get())) {
            f.problem("height", "pack.problem.print.aspect", size.pageWidthMm(), size.pageHeightMm(),
                    size.heightFor(canvas.get().width()));
            return Optional.empty();
        }
        return Optional.of(size);
    }

    private static Optional<CanvasSize> canvas(JsonFields f) {
        Optional<Integer> width = f.integer("width", true);
        Optional<Integer> height = f.integer("height", true);
        boolean ok = width.isPresent() && height.isPresent();
        for (String key : List.of("width", "height")) {
            Optional<Integer> side = key.equals("width") ? width : height;
            if (side.isPresent() && (side.get() < 16 || side.get() > CanvasSize.MAX_SIDE)) {
                f.problem(key, "pack.problem.range", 16, CanvasSize.MAX_SIDE);
                ok = false;
            }
        }
        return ok ? Optional.of(new CanvasSize(width.get(), height.get())) : Optional.empty();
    }

    /** A print frame may have no photo place (a pledge card): its {@code slots} may be left out or empty. */
    private List<PhotoSlot> slots(JsonFields f, Optional<CanvasSize> canvas, boolean print, Problems problems) {
        List<PhotoSlot> slots = new ArrayList<>();
        Optional<JsonArray> array = f.array("slots", !print);
        if (array.isEmpty()) {
            return slots;
        }
        if (array.get().isEmpty() && !print) {
            f.problem("slots", "pack.problem.slots.none");
        }
        if (array.get().size() > limits.maxLayers()) {
            f.problem("slots", "pack.problem.tooMany", array.get().size(), limits.maxLayers());
            return slots;
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < array.get().size(); i++) {
            String slotPath = f.path("slots") + "[" + i + "]";
            Optional<PhotoSlot> slot = slot(array.get().get(i), slotPath, canvas, problems);
            if (slot.isPresent()) {
                if (ids.putIfAbsent(slot.get().id(), i) != null) {
                    problems.add(Problems.MANIFEST, slotPath + ".id", "pack.problem.duplicateId", slot.get().id());
                } else {
                    slots.add(slot.get());
                }
            }
        }
        return slots;
    }

    private Optional<PhotoSlot> slot(JsonElement element, String path, Optional<CanvasSize> canvas,
            Problems problems) {
        Optional<JsonFields> object = JsonFields.of(element, Problems.MANIFEST, path, problems, SLOT);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        JsonFields s = object.get();
        int before = problems.size();
        Optional<String> id = s.string("id", true);
        if (id.isPresent() && (id.get().isBlank() || id.get().length() > 64)) {
            s.problem("id", "pack.problem.layer.id");
        }
        Optional<SlotShape> shape = s.choice("shape", true, SLOT_SHAPES).map(FrameConverter::slotShape);
        Optional<Rect> bounds = BoundsReader.read(s, canvas);
        double radius = LayerConverter.radius(s, shape.map(x -> x == SlotShape.RECTANGLE).orElse(true));
        Optional<Asset> mask = Optional.empty();
        boolean maskShape = shape.isPresent() && shape.get() == SlotShape.MASK;
        if (maskShape) {
            mask = s.string("mask", true).flatMap(file -> assets.mask(file, s.path("mask")));
        } else if (s.has("mask")) {
            s.problem("mask", "pack.problem.mask.notMaskShape");
        }
        if (problems.size() > before || id.isEmpty() || shape.isEmpty() || bounds.isEmpty()) {
            return Optional.empty();
        }
        Optional<Asset> finalMask = mask;
        return problems.build(path, () -> new PhotoSlot(id.get(), shape.get(), bounds.get(), radius, finalMask));
    }

    private static SlotShape slotShape(String word) {
        return switch (word) {
            case "rect" -> SlotShape.RECTANGLE;
            case "ellipse" -> SlotShape.ELLIPSE;
            default -> SlotShape.MASK;
        };
    }

    private List<Layer> layers(JsonFields f, Optional<CanvasSize> canvas, Problems problems) {
        List<Layer> list = new ArrayList<>();
        Optional<JsonArray> array = f.array("layers", false);
        if (array.isEmpty()) {
            return list;
        }
        if (array.get().size() > limits.maxLayers()) {
            f.problem("layers", "pack.problem.tooMany", array.get().size(), limits.maxLayers());
            return list;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.get().size(); i++) {
            String layerPath = f.path("layers") + "[" + i + "]";
            Optional<Layer> layer = layers.convert(array.get().get(i), layerPath, i, canvas, problems);
            if (layer.isPresent()) {
                if (!ids.add(layer.get().id())) {
                    problems.add(Problems.MANIFEST, layerPath + ".id", "pack.problem.duplicateId", layer.get().id());
                } else if (layer.get() instanceof Layer.LogoPlace
                        && list.stream().anyMatch(Layer.LogoPlace.class::isInstance)) {
                    problems.add(Problems.MANIFEST, layerPath + ".type", "pack.problem.logoPlace.twice");
                } else {
                    list.add(layer.get());
                }
            }
        }
        return list;
    }

    /** The pack's fields that this frame's text layers use, in the pack's order. */
    private List<TextField> fieldsUsed(List<Layer> layerList) {
        Set<String> used = new HashSet<>();
        for (Layer layer : layerList) {
            if (layer instanceof Layer.Text text) {
                used.addAll(LayerConverter.placeholders(text.template()));
            }
        }
        return packFields.stream().filter(field -> used.contains(field.key())).toList();
    }
}
