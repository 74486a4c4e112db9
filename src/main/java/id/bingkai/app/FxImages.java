// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** The one bridge from the core renderer's Java2D images to JavaFX (STYLE.md point 2). */
public final class FxImages {
    private FxImages() {
    }

    /** Wraps the image's pixels for JavaFX; the image must not be modified afterwards. */
    public static WritableImage toFx(BufferedImage image) {
        BufferedImage pre = image;
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            pre = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
            var g = pre.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        int[] data = ((DataBufferInt) pre.getRaster().getDataBuffer()).getData();
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(pre.getWidth(), pre.getHeight(), IntBuffer.wrap(data),
                PixelFormat.getIntArgbPreInstance());
        return new WritableImage(buffer);
    }

    /** Copies a JavaFX image (e.g. one pasted from the clipboard) into a Java2D image for the core. */
    public static BufferedImage fromFx(javafx.scene.image.Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }
}
