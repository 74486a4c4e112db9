// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Objects;
import java.util.Optional;

/** One drawing step of a frame, in canvas units. Layers draw in list order within their position. */
public sealed interface Layer {
    String id();

    LayerRole role();

    LayerPosition position();

    Rect bounds();

    /** A bitmap or SVG file stretched to its bounds (logos must keep their aspect ratio; the lint checks it). */
    record Image(String id, LayerRole role, LayerPosition position, Rect bounds, Asset asset, double opacity)
            implements Layer {
        public Image {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(bounds, "bounds");
            Objects.requireNonNull(asset, "asset");
            requireOpacity(opacity);
        }
    }

    /**
     * Text with placeholders such as {@code {nama}}, {@code {unit}} and {@code {tag}}, fitted into its bounds.
     */
    record Text(String id, LayerRole role, LayerPosition position, Rect bounds, String template, TextStyle style)
            implements Layer {
        public Text {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(bounds, "bounds");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(style, "style");
        }
    }

    /** A filled and/or outlined rectangle (optionally rounded) or ellipse. */
    record Shape(String id, LayerRole role, LayerPosition position, Rect bounds, ShapeKind kind, double cornerRadius,
            Optional<Fill> fill, Optional<Stroke> stroke, double opacity) implements Layer {
        public Shape {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(bounds, "bounds");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(fill, "fill");
            Objects.requireNonNull(stroke, "stroke");
            if (fill.isEmpty() && stroke.isEmpty()) {
                throw new IllegalArgumentException("shape " + id + " needs a fill or a stroke");
            }
            if (!(cornerRadius >= 0) || !Double.isFinite(cornerRadius)) {
                throw new IllegalArgumentException("corner radius must be >= 0");
            }
            requireOpacity(opacity);
        }
    }

    private static void requireOpacity(double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be within 0..1: " + opacity);
        }
    }
}
