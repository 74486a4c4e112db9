// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.GuidelineSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check is for: the rule values, the paper when printing, and the width the image will be exported at.
 *
 * @param paper       the paper for a print check; empty for screen output
 * @param exportWidth output width in pixels the photo's resolution is judged at; 0 means the frame's design width
 */
public record CheckOptions(GuidelineSettings settings, Optional<PrintSpec> paper, int exportWidth) {
    public CheckOptions {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(paper, "paper");
        if (exportWidth < 0) {
            throw new IllegalArgumentException("export width must not be negative: " + exportWidth);
        }
    }

    /** Screen output at the frame's design width. */
    public static CheckOptions screen(GuidelineSettings settings) {
        return new CheckOptions(settings, Optional.empty(), 0);
    }

    /** Print on this paper. */
    public static CheckOptions print(GuidelineSettings settings, PrintSpec paper) {
        return new CheckOptions(settings, Optional.of(paper), 0);
    }

    public CheckOptions withExportWidth(int width) {
        return new CheckOptions(settings, paper, width);
    }
}
