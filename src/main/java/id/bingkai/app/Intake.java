// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.editor.PhotoFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides what a dropped, pasted or opened file is: a project, a frame pack (folder, .zip, or a PNG with a
 * transparent hole, i.e. a raw twibbon) or a photo. Reads the file: call it off the FX thread.
 */
final class Intake {
    enum Kind {
        PHOTO, PACK, PROJECT
    }

    /** A PNG counts as a twibbon when this share of it is see-through. */
    private static final double TWIBBON_TRANSPARENT_SHARE = 0.04;

    private final PhotoFiles photos;

    Intake(PhotoFiles photos) {
        this.photos = photos;
    }

    Kind classify(Path file) {
        if (Files.isDirectory(file)) {
            return Kind.PACK;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".bingkai")) {
            return Kind.PROJECT;
        }
        if (name.endsWith(".zip")) {
            return Kind.PACK;
        }
        if (name.endsWith(".png") && mostlyOpaqueWithAHole(file)) {
            return Kind.PACK;
        }
        return Kind.PHOTO;
    }

    private boolean mostlyOpaqueWithAHole(Path file) {
        BufferedImage small;
        try {
            small = photos.load(file, 128, 128);
        } catch (RuntimeException e) {
            return false; // let the photo path report what is wrong with it
        }
        if (!small.getColorModel().hasAlpha()) {
            return false;
        }
        long clear = 0;
        long total = (long) small.getWidth() * small.getHeight();
        for (int y = 0; y < small.getHeight(); y++) {
            for (int x = 0; x < small.getWidth(); x++) {
                if ((small.getRGB(x, y) >>> 24) < 128) {
                    clear++;
                }
            }
        }
        double share = (double) clear / total;
        // a small round hole (80 px on 1080) is under the share, but sits where a twibbon puts it: in the middle
        boolean clearCentre = (small.getRGB(small.getWidth() / 2, small.getHeight() / 2) >>> 24) < 128;
        return (share >= TWIBBON_TRANSPARENT_SHARE || clearCentre && share > 0) && share < 0.95;
    }
}
