// SPDX-License-Identifier: Apache-2.0
package id.bingkai.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The photo the benchmarks decode: {@code -Dbingkai.bench.photo=FILE} (e.g. a 12 MP phone JPEG of the corpus), or a
 * generated 4000 x 3000 q92 JPEG with sensor-like noise so that its entropy, and so its decode time, is close to a
 * real phone photo's.
 */
final class BenchPhotos {
    private BenchPhotos() {
    }

    static Path photo() throws IOException {
        String given = System.getProperty("bingkai.bench.photo");
        if (given != null) {
            return Path.of(given);
        }
        Path file = Files.createTempFile("bingkai-bench-", ".jpg");
        file.toFile().deleteOnExit();
        BufferedImage img = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xEC5425), 4000, 3000, new Color(0x2B4C7E)));
        g.fillRect(0, 0, 4000, 3000);
        g.setColor(new Color(0xFAB92C));
        g.fillOval(1200, 700, 1600, 1600);
        g.dispose();
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        Random noise = new Random(42);
        for (int i = 0; i < px.length; i++) {
            int n = (int) (noise.nextGaussian() * 9);
            int r = Math.clamp((px[i] >> 16 & 0xFF) + n, 0, 255);
            int gr = Math.clamp((px[i] >> 8 & 0xFF) + n, 0, 255);
            int b = Math.clamp((px[i] & 0xFF) + n, 0, 255);
            px[i] = r << 16 | gr << 8 | b;
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.92f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
