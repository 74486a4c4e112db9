// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Test pictures in memory, built in code (no binary files in the repository). Encode them with {@link ImageFiles},
 * write photo files with {@link TestPhotos}, or hand the renderer drawn photos with {@link SyntheticPhotos}.
 */
public final class Pictures {
    /** Eight clearly different colours, one per 16 x 16 block of {@link #blocks()}. */
    public static final int[] BLOCK_COLOURS = {0xE02020, 0x20C020, 0x2040E0, 0xF0E020, 0x20D0D0, 0xD020D0,
        0xF0F0F0, 0x202020};

    private Pictures() {
    }

    /** Random colours from a fixed seed: detail at every frequency, and data that does not compress. */
    public static BufferedImage noise(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    /** One colour ({@code 0xRRGGBB}) everywhere. */
    public static BufferedImage flat(int width, int height, int rgb) {
        return solid(width, height, new Color(rgb));
    }

    /** One colour everywhere, TYPE_INT_RGB. */
    public static BufferedImage solid(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** White everywhere, TYPE_INT_ARGB_PRE: a surface the renderer draws on. */
    public static BufferedImage whiteSurface(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Left half red, right half blue: after any EXIF turn the halves show where "up" went. */
    public static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xD02020));
        g.fillRect(0, 0, width / 2, height);
        g.setColor(new Color(0x2040D0));
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    /** 8 x 8 blocks whose channels are only 0x20 or 0xE0, the two levels the tiny WebP writer can encode. */
    public static BufferedImage twoLevel(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, twoLevelColour((x / 8 + y / 8 + seed) & 7));
            }
        }
        return image;
    }

    /** A 64 x 32 picture of 4 x 2 coloured blocks: every flip and turn of it looks different. */
    public static BufferedImage blocks() {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, BLOCK_COLOURS[(y / 16) * 4 + x / 16]);
            }
        }
        return image;
    }

    /** {@link #blocks()} in colours whose channels are each 0x20 or 0xE0 (for the tiny WebP writer). */
    public static BufferedImage twoLevelBlocks() {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, twoLevelColour((y / 16) * 4 + x / 16));
            }
        }
        return image;
    }

    private static int twoLevelColour(int block) {
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            rgb = rgb << 8 | ((block >> c & 1) == 1 ? 0xE0 : 0x20);
        }
        return rgb;
    }

    /** A flat picture with a smooth gradient (TYPE_3BYTE_BGR), cheap to encode at any size. */
    public static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x80);
            }
        }
        return image;
    }

    /** A white disc filling a transparent square: a round mask. */
    public static BufferedImage circleMask(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillOval(0, 0, size, size);
        g.dispose();
        return image;
    }

    /** An orange disc filling a transparent {@code w x h} bitmap (a logo with see-through corners). */
    public static BufferedImage disc(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xEC5425));
        g.fillOval(0, 0, w, h);
        g.dispose();
        return img;
    }

    /** A fully opaque orange {@code w x h} bitmap with an alpha channel. */
    public static BufferedImage block(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xEC5425));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }
}
