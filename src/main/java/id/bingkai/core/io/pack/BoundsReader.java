// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.io.json.JsonFields;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Rect;
import java.util.Optional;

/**
 * The {@code x, y, width, height} of a slot or layer in canvas units: finite, a positive size, not absurdly far
 * away, and overlapping the canvas (a box entirely outside it would never be seen, which is always a mistake).
 */
final class BoundsReader {
    /** Far enough for bleed and off-canvas decorations, near enough to catch a misplaced digit. */
    static final double MAX_COORDINATE = 10.0 * CanvasSize.MAX_SIDE;

    private BoundsReader() {
    }

    static Optional<Rect> read(JsonFields fields, Optional<CanvasSize> canvas) {
        Optional<Double> x = coordinate(fields, "x", false);
        Optional<Double> y = coordinate(fields, "y", false);
        Optional<Double> width = coordinate(fields, "width", true);
        Optional<Double> height = coordinate(fields, "height", true);
        if (x.isEmpty() || y.isEmpty() || width.isEmpty() || height.isEmpty()) {
            return Optional.empty();
        }
        Rect rect = new Rect(x.get(), y.get(), width.get(), height.get());
        if (canvas.isPresent()) {
            CanvasSize c = canvas.get();
            if (rect.x() >= c.width() || rect.y() >= c.height() || rect.maxX() <= 0 || rect.maxY() <= 0) {
                fields.problemAt(fields.path(), "pack.problem.bounds.outside",
                        c.width(), c.height());
                return Optional.empty();
            }
        }
        return Optional.of(rect);
    }

    private static Optional<Double> coordinate(JsonFields fields, String key, boolean size) {
        Optional<Double> value = fields.number(key, true);
        if (value.isEmpty()) {
            return value;
        }
        if (size && !(value.get() > 0)) {
            fields.problem(key, "pack.problem.positive");
            return Optional.empty();
        }
        if (Math.abs(value.get()) > MAX_COORDINATE) {
            fields.problem(key, "pack.problem.bounds.far", (long) MAX_COORDINATE);
            return Optional.empty();
        }
        return value;
    }
}
