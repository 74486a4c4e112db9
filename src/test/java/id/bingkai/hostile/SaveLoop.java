// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageExporter;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.testing.Pictures;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * Saves one picture over and over through the exporter, a new version each time, and says so on standard output,
 * until it is killed ({@link AtomicSaveKillTest}). Arguments: the target file and the first version number.
 */
public final class SaveLoop {
    static final int SIZE = 1200;

    private SaveLoop() {
    }

    /** Version {@code v} of the picture: noise seeded by v (it compresses badly, so each save takes a while). */
    static BufferedImage version(int v) {
        BufferedImage image = Pictures.noise(SIZE, SIZE, v);
        for (int x = 0; x < 32; x++) {
            image.setRGB(x, 0, (v >> x & 1) == 1 ? 0xFFFFFF : 0x000000); // the version, readable back
        }
        return image;
    }

    static int versionOf(BufferedImage image) {
        int v = 0;
        for (int x = 0; x < 32; x++) {
            if ((image.getRGB(x, 0) & 0xFF) > 127) {
                v |= 1 << x;
            }
        }
        return v;
    }

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        ImageExporter exporter = new ImageExporter();
        ExportOptions options = new ExportOptions(ImageFormat.PNG, 0.9f, true, List.of());
        for (int v = Integer.parseInt(args[1]);; v++) {
            BufferedImage image = version(v);
            System.out.println("saving " + v);
            exporter.write(image, target, options);
            System.out.println("saved " + v);
        }
    }
}
