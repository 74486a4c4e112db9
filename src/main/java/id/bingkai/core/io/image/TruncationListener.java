// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Notices a decoder that ran out of data. The JPEG decoder does not fail on a file cut short: it warns and fills
 * the rest with grey, and a half-grey face in 300 ID cards is worse than a clear "the file is incomplete".
 * Other warnings (stray bytes between markers, common in camera files) are harmless and ignored, and so are
 * warnings about a truncated or broken ICC profile: the decoder ignores the profile and the pixels are intact.
 */
final class TruncationListener implements IIOReadWarningListener {
    private boolean truncated;

    @Override
    public void warningOccurred(ImageReader source, String warning) {
        String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
        if (text.contains("icc")) {
            return;
        }
        if (text.contains("premature end") || text.contains("truncated") || text.contains("missing eoi")) {
            truncated = true;
        }
    }

    boolean truncated() {
        return truncated;
    }
}
