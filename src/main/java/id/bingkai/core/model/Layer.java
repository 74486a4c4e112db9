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
     * Text with placeholders such as {@code {nama}}, {@code {unit}} and {@code {tag}}, fitted into its bounds: one
     * line shrunk to the box width, or a paragraph / bulleted list wrapped inside the box and shrunk until it fits.
     *
     * @param lineHeight distance between baselines of a paragraph as a multiple of the size
     */
    record Text(String id, LayerRole role, LayerPosition position, Rect bounds, String template, TextStyle style,
            TextFlow flow, double lineHeight) implements Layer {
        public static final double DEFAULT_LINE_HEIGHT = 1.25;
        public static final double MIN_LINE_HEIGHT = 0.8;
        public static final double MAX_LINE_HEIGHT = 3;

        public Text {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(bounds, "bounds");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(flow, "flow");
            if (!(lineHeight >= MIN_LINE_HEIGHT && lineHeight <= MAX_LINE_HEIGHT)) {
                throw new IllegalArgumentException("line height must be within 0.8..3: " + lineHeight);
            }
        }

        /** One line of text. */
        public Text(String id, LayerRole role, LayerPosition position, Rect bounds, String template, TextStyle style) {
            this(id, role, position, bounds, template, style, TextFlow.LINE, DEFAULT_LINE_HEIGHT);
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

    /**
     * The place a frame offers for the agency's own logo. The user's picture (a {@link AgencyLogo} of the document)
     * is fitted inside the box keeping its proportions, centred; without one the place draws nothing.
     */
    record LogoPlace(String id, LayerPosition position, Rect bounds) implements Layer {
        public LogoPlace {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(bounds, "bounds");
        }

        @Override
        public LayerRole role() {
            return LayerRole.AGENCY_LOGO;
        }
    }

    private static void requireOpacity(double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be within 0..1: " + opacity);
        }
    }
}
