// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.model.Placement;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --zoom --offset --rotate --flip}: a placement relative to the slot, as the editor stores it. */
final class PlacementOptions {
    @Option(names = {"-z", "--zoom"}, paramLabel = "Z", defaultValue = "1", descriptionKey = "cli.option.zoom")
    double zoom;

    @Option(names = "--offset", paramLabel = "X,Y", split = ",", descriptionKey = "cli.option.offset")
    double[] offset;

    @Option(names = {"-r", "--rotate"}, paramLabel = "DEG", defaultValue = "0", descriptionKey = "cli.option.rotate")
    double rotate;

    @Option(names = "--flip", descriptionKey = "cli.option.flip")
    boolean flip;

    /** True when any placement option was given (they do not combine with a project file). */
    boolean isSet() {
        return zoom != 1 || offset != null || rotate != 0 || flip;
    }

    Placement toPlacement(CommandSpec spec) {
        double x = 0;
        double y = 0;
        if (offset != null) {
            if (offset.length != 2) {
                throw new ParameterException(spec.commandLine(), message(spec, "cli.error.offset"));
            }
            x = offset[0];
            y = offset[1];
        }
        try {
            return new Placement(x, y, zoom, rotate, flip);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), message(spec, "cli.error.placement",
                    Placement.MIN_ZOOM, Placement.MAX_ZOOM, Placement.MAX_OFFSET));
        }
    }

    private static String message(CommandSpec spec, String key, Object... args) {
        return ((BingkaiCli.Root) spec.root().userObject()).messages().get(key, args);
    }
}
