// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.guideline;

import id.bingkai.core.guideline.Platform;
import java.awt.image.BufferedImage;

/** The design rendered by the core renderer at the width a platform really shows it. */
public record TrueSizePreview(Platform platform, BufferedImage image) {
}
