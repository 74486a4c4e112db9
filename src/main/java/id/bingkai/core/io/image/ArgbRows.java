// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Reads a decoded image one row at a time as non-premultiplied ARGB ints. Grey samples are taken as sRGB-encoded
 * (which is what PNG and JPEG files mean by them), 16-bit samples are scaled to 8 bits. Colour spaces other than
 * sRGB and grey must be converted before (see {@link SrgbConversion}); the last resort uses
 * {@link BufferedImage#getRGB}, which is correct but slow.
 */
abstract class ArgbRows {
    final int width;

    private ArgbRows(int width) {
        this.width = width;
    }

    /** Writes row {@code y} into {@code out[offset .. offset + width)}. */
    abstract void read(int y, int[] out, int offset);

    static ArgbRows of(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        if (!isPlain(raster)) {
            return new ViaGetRgb(image);
        }
        if (cm instanceof IndexColorModel icm) {
            return new Indexed(raster, icm);
        }
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return new PackedInt(raster, image.getType() == BufferedImage.TYPE_INT_RGB);
        }
        int colourType = cm.getColorSpace().getType();
        boolean plainColours = colourType == ColorSpace.TYPE_RGB || colourType == ColorSpace.TYPE_GRAY;
        if (plainColours && cm instanceof ComponentColorModel && !cm.isAlphaPremultiplied()
                && raster.getDataBuffer() instanceof DataBufferByte
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel
                && cm.getNumComponents() == raster.getNumBands()) {
            return new InterleavedBytes(raster, cm);
        }
        int type = raster.getTransferType();
        boolean integral = type == DataBuffer.TYPE_BYTE || type == DataBuffer.TYPE_USHORT
                || type == DataBuffer.TYPE_INT;
        if (plainColours && integral && (cm instanceof ComponentColorModel || cm instanceof DirectColorModel)
                && cm.getNumComponents() == raster.getNumBands()) {
            return new Scaled(raster, cm);
        }
        return new ViaGetRgb(image);
    }

    /** A raster that starts at 0,0 and maps straight onto its data buffer, as decoders create them. */
    private static boolean isPlain(Raster r) {
        return r.getMinX() == 0 && r.getMinY() == 0 && r.getSampleModelTranslateX() == 0
                && r.getSampleModelTranslateY() == 0 && r.getDataBuffer().getNumBanks() == 1
                && r.getDataBuffer().getOffset() == 0;
    }

    /** TYPE_INT_RGB / TYPE_INT_ARGB: already what we want, a row copy. */
    private static final class PackedInt extends ArgbRows {
        private final int[] data;
        private final int stride;
        private final boolean opaque;

        PackedInt(Raster raster, boolean opaque) {
            super(raster.getWidth());
            this.data = ((DataBufferInt) raster.getDataBuffer()).getData();
            this.stride = ((SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
            this.opaque = opaque;
        }

        @Override
        void read(int y, int[] out, int offset) {
            System.arraycopy(data, y * stride, out, offset, width);
            if (opaque) {
                for (int i = offset, end = offset + width; i < end; i++) {
                    out[i] |= 0xFF000000;
                }
            }
        }
    }

    /** 8-bit grey, grey+alpha, RGB or RGBA in any band order (3BYTE_BGR, 4BYTE_ABGR, PNG's RGBA, ...). */
    private static final class InterleavedBytes extends ArgbRows {
        private final byte[] data;
        private final int stride;
        private final int pixelStride;
        private final int[] offsets;
        private final boolean grey;
        private final boolean alpha;

        InterleavedBytes(Raster raster, ColorModel cm) {
            super(raster.getWidth());
            PixelInterleavedSampleModel sm = (PixelInterleavedSampleModel) raster.getSampleModel();
            this.data = ((DataBufferByte) raster.getDataBuffer()).getData();
            this.stride = sm.getScanlineStride();
            this.pixelStride = sm.getPixelStride();
            this.offsets = sm.getBandOffsets();
            this.grey = cm.getNumColorComponents() == 1;
            this.alpha = cm.hasAlpha();
        }

        @Override
        void read(int y, int[] out, int offset) {
            int p = y * stride;
            if (grey) {
                int g = offsets[0];
                int a = alpha ? offsets[1] : -1;
                for (int x = 0; x < width; x++, p += pixelStride) {
                    int v = data[p + g] & 0xFF;
                    int av = a < 0 ? 0xFF : data[p + a] & 0xFF;
                    out[offset + x] = av << 24 | v << 16 | v << 8 | v;
                }
                return;
            }
            int r = offsets[0];
            int gr = offsets[1];
            int b = offsets[2];
            int a = alpha ? offsets[3] : -1;
            for (int x = 0; x < width; x++, p += pixelStride) {
                int av = a < 0 ? 0xFF : data[p + a] & 0xFF;
                out[offset + x] = av << 24 | (data[p + r] & 0xFF) << 16 | (data[p + gr] & 0xFF) << 8
                        | (data[p + b] & 0xFF);
            }
        }
    }

    /** Palette images (GIF, 1-8 bit PNG, BMP): the palette is sRGB, with per-entry alpha from tRNS. */
    private static final class Indexed extends ArgbRows {
        private final Raster raster;
        private final int[] palette;
        private final int[] indices;

        Indexed(Raster raster, IndexColorModel cm) {
            super(raster.getWidth());
            this.raster = raster;
            this.palette = new int[Math.max(cm.getMapSize(), 1 << Math.min(16, cm.getPixelSize()))];
            cm.getRGBs(palette);
            this.indices = new int[width];
        }

        @Override
        void read(int y, int[] out, int offset) {
            raster.getSamples(0, y, width, 1, 0, indices);
            for (int x = 0; x < width; x++) {
                int i = indices[x];
                out[offset + x] = i >= 0 && i < palette.length ? palette[i] : 0;
            }
        }
    }

    /** Any integral component or packed layout (16-bit PNG/TIFF, 565 BMP, premultiplied): scaled per band. */
    private static final class Scaled extends ArgbRows {
        private final Raster raster;
        private final int bands;
        private final int[] max;
        private final int[] samples;
        private final boolean grey;
        private final boolean alpha;
        private final boolean premultiplied;

        Scaled(Raster raster, ColorModel cm) {
            super(raster.getWidth());
            this.raster = raster;
            this.bands = raster.getNumBands();
            this.max = new int[bands];
            for (int b = 0; b < bands; b++) {
                int bits = Math.min(31, cm.getComponentSize(b));
                max[b] = bits <= 0 ? 255 : (int) ((1L << bits) - 1);
            }
            this.samples = new int[width * bands];
            this.grey = cm.getNumColorComponents() == 1;
            this.alpha = cm.hasAlpha();
            this.premultiplied = cm.isAlphaPremultiplied();
        }

        @Override
        void read(int y, int[] out, int offset) {
            raster.getPixels(0, y, width, 1, samples);
            int colours = grey ? 1 : 3;
            for (int x = 0, s = 0; x < width; x++, s += bands) {
                int a = alpha ? to8(samples[s + colours], max[colours]) : 0xFF;
                int r = to8(samples[s], max[0]);
                int g = grey ? r : to8(samples[s + 1], max[1]);
                int b = grey ? r : to8(samples[s + 2], max[2]);
                if (premultiplied && a > 0 && a < 0xFF) {
                    r = Math.min(255, r * 255 / a);
                    g = Math.min(255, g * 255 / a);
                    b = Math.min(255, b * 255 / a);
                }
                out[offset + x] = a << 24 | r << 16 | g << 8 | b;
            }
        }

        private static int to8(int v, int max) {
            if (max == 255) {
                return v & 0xFF;
            }
            long clamped = Math.max(0, Math.min(max, v & 0xFFFFFFFFL));
            return (int) ((clamped * 255 + max / 2) / max);
        }
    }

    /** Anything else (float TIFF, odd sample models): Java2D converts each pixel. */
    private static final class ViaGetRgb extends ArgbRows {
        private final BufferedImage image;

        ViaGetRgb(BufferedImage image) {
            super(image.getWidth());
            this.image = image;
        }

        @Override
        void read(int y, int[] out, int offset) {
            image.getRGB(0, y, width, 1, out, offset, width);
        }
    }
}
