// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static id.bingkai.hostile.HostileCase.Expect.opens;
import static id.bingkai.hostile.HostileCase.Expect.opensOr;
import static id.bingkai.hostile.HostileCase.Expect.refused;
import static id.bingkai.hostile.HostileCase.photo;

import id.bingkai.core.io.image.WebpSamples;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** Photos from strangers: broken, lying, exotic or oddly named files, each with the outcome it must get. */
final class HostileImages {
    static final String EMPTY = "image.error.empty";
    static final String DAMAGED = "image.error.damaged";
    static final String UNKNOWN = "image.error.unknown-format";
    static final String TOO_LARGE = "image.error.too-large";

    private HostileImages() {
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        notImages(cases);
        truncated(cases);
        hugeDeclaredSizes(cases);
        bombs(cases);
        metadata(cases);
        variants(cases);
        containersAndPaths(cases);
        names(cases);
        return cases;
    }

    static byte[] sampleJpeg() {
        return ImageFiles.jpeg(Pictures.halves(96, 64));
    }

    static byte[] samplePng() {
        return ImageFiles.encode(Pictures.halves(96, 64), "png");
    }

    private static void notImages(List<HostileCase> cases) {
        cases.add(photo("empty-file", "kosong.jpg", new byte[0], refused(EMPTY)));
        cases.add(photo("text-named-jpg", "foto.jpg", Bytes.utf8("Nama,Unit\nBudi,Humas\n"), refused(UNKNOWN)));
        cases.add(photo("html-named-jpg", "foto.jpg",
                Bytes.utf8("<!DOCTYPE html><html><body><img src=x></body></html>"), refused(UNKNOWN)));
        cases.add(photo("svg-named-jpg", "logo.jpg",
                Bytes.utf8("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>"), refused(UNKNOWN)));
        cases.add(photo("zip-named-png", "bingkai.png", HostilePacks.validZip(), refused(UNKNOWN)));
        byte[] random = new byte[4096];
        new Random(5).nextBytes(random);
        cases.add(photo("random-bytes-jpg", "acak.jpg", random, refused(UNKNOWN)));
        cases.add(photo("mp4-named-jpg", "video.jpg", ImageFiles.ftyp("isom", "isom", "mp41"), refused(UNKNOWN)));
        cases.add(photo("heic-photo", "IMG_0001.HEIC", ImageFiles.ftyp("heic", "mif1", "heic"), refused("image.error.heic", "image.error.damaged")));
        cases.add(photo("heic-named-jpg", "IMG_0002.jpg", ImageFiles.ftyp("mif1", "mif1", "heic"), refused("image.error.heic", "image.error.damaged")));
        cases.add(photo("avif-photo", "foto.avif", ImageFiles.ftyp("avif", "mif1", "avif"), refused("image.error.heic", "image.error.damaged")));
    }

    private static void truncated(List<HostileCase> cases) {
        byte[] jpeg = ImageFiles.jpeg(Pictures.noise(128, 128, 1));
        byte[] png = ImageFiles.encode(Pictures.noise(128, 128, 2), "png");
        byte[] gif = ImageFiles.encode(Pictures.noise(64, 64, 3), "gif");
        cases.add(photo("jpeg-cut-in-half", "terpotong.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), refused(DAMAGED)));
        cases.add(photo("jpeg-cut-in-header", "terpotong.jpg", Arrays.copyOf(jpeg, 40), refused(DAMAGED)));
        cases.add(photo("jpeg-soi-eoi-only", "kosong.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
            (byte) 0xD9}, refused(DAMAGED, UNKNOWN)));
        cases.add(photo("png-cut-in-half", "terpotong.png", Arrays.copyOf(png, png.length / 2), refused(DAMAGED)));
        cases.add(photo("png-signature-only", "kosong.png", Bytes.PNG_SIGNATURE, refused(DAMAGED, UNKNOWN)));
        cases.add(photo("gif-cut-in-half", "terpotong.gif", Arrays.copyOf(gif, gif.length / 2), refused(DAMAGED)));
        byte[] badCrc = samplePng();
        badCrc[29] ^= 0x55; // inside the IHDR CRC
        cases.add(photo("png-bad-crc", "crc.png", badCrc, opensOr(DAMAGED)));
        byte[] webp = WebpSamples.lossless(Pictures.twoLevel(1200, 1200, 3));
        cases.add(photo("webp-lossless-cut-short", "terpotong.webp", Arrays.copyOf(webp, webp.length / 10),
                refused(DAMAGED)));
        byte[] tiff = ImageFiles.encode(Pictures.noise(32, 32, 4), "tiff");
        cases.add(photo("tiff-cut-in-half", "terpotong.tif", Arrays.copyOf(tiff, tiff.length / 2),
                refused(DAMAGED)));
    }

    private static void hugeDeclaredSizes(List<HostileCase> cases) {
        cases.add(photo("png-declares-100000px", "besar.png", ImageFiles.pngDeclaring(100_000, 100_000, 2), refused(TOO_LARGE)));
        cases.add(photo("png-declares-30000px", "besar.png", ImageFiles.pngDeclaring(30_000, 30_000, 2), refused(TOO_LARGE)));
        cases.add(photo("png-declares-2g-px", "besar.png", ImageFiles.pngDeclaring(0x7FFF_FFFFL, 0x7FFF_FFFFL, 6),
                refused(TOO_LARGE, DAMAGED)));
        cases.add(photo("jpeg-declares-65535px", "besar.jpg", ImageFiles.jpegDeclaring(65_535, 65_535), refused(TOO_LARGE)));
        cases.add(photo("gif-declares-65535px", "besar.gif", ImageFiles.gifDeclaring(65_535, 65_535), refused(TOO_LARGE)));
        cases.add(photo("tiff-declares-100000px", "besar.tif", ImageFiles.tiffDeclaring(100_000, 100_000), refused(TOO_LARGE)));
        cases.add(photo("bmp-declares-100000px", "besar.bmp", ImageFiles.bmpDeclaring(100_000, 100_000), refused(TOO_LARGE)));
        cases.add(photo("webp-declares-30000px", "besar.webp", webpDeclaring(30_000, 30_000),
                refused(TOO_LARGE)));
        cases.add(photo("psd-declares-30000px", "besar.psd", psdDeclaring(30_000, 30_000), refused(TOO_LARGE)));
        lyingLengths(cases);
        cases.add(photo("png-declares-zero-width", "nol.png", ImageFiles.pngDeclaring(0, 10, 2), refused(DAMAGED)));
    }

    /** Tiny files whose inner length fields (chunks, profiles, palettes) claim gigabytes. */
    private static void lyingLengths(List<HostileCase> cases) {
        byte[] png = samplePng();
        for (String chunk : new String[] {"iCCP", "zTXt", "iTXt", "tEXt", "eXIf"}) {
            byte[] lying = Bytes.bigEndian().u32(0x7FFF_FFF0L).ascii(chunk).raw(new byte[64]).toByteArray();
            cases.add(photo("png-" + chunk.toLowerCase(java.util.Locale.ROOT) + "-length-lies", "panjang.png",
                    Bytes.withChunksAfterHeader(png, lying), opensOr(DAMAGED)));
        }
        byte[] jpeg = sampleJpeg();
        byte[] profile = Bytes.bigEndian().u32(0x7F00_0000L).raw(Arrays.copyOfRange(
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData(), 4, 400)).toByteArray();
        cases.add(photo("jpeg-icc-declares-2gb", "icc.jpg", Bytes.withSegment(jpeg, 0xE2,
                Bytes.concat(Bytes.latin1("ICC_PROFILE\0"), new byte[] {1, 1}, profile)), opensOr(DAMAGED)));
        byte[] webp = WebpSamples.lossless(Pictures.twoLevel(16, 16, 2));
        byte[] vp8x = riffChunk("VP8X", Bytes.littleEndian().u8(0x20).u24(0).u24(15).u24(15).toByteArray());
        byte[] iccp = Bytes.littleEndian().ascii("ICCP").u32(0xFFFF_FFF0L).raw(new byte[32]).toByteArray();
        byte[] body = Bytes.concat(vp8x, iccp, Arrays.copyOfRange(webp, 12, webp.length));
        cases.add(photo("webp-iccp-length-lies", "icc.webp", Bytes.littleEndian().ascii("RIFF")
                .u32(4 + body.length).ascii("WEBP").raw(body).toByteArray(), opensOr(DAMAGED)));
        cases.add(photo("bmp-palette-count-lies", "palet.bmp", Bytes.littleEndian().ascii("BM").u32(54 + 64).u32(0)
                .u32(54 + 64).u32(40).u32(4).u32(4).u16(1).u16(8).u32(0).u32(16).u32(2835).u32(2835)
                .u32(0x7FFF_FFF0L).u32(0).raw(new byte[64]).toByteArray(), opensOr(DAMAGED)));
        Bytes tiff = Bytes.littleEndian().ascii("II").u16(42).u32(8).u16(9);
        tiff.u16(256).u16(3).u32(1).u16(4).u16(0);
        tiff.u16(257).u16(3).u32(1).u16(4).u16(0);
        tiff.u16(258).u16(3).u32(1).u16(8).u16(0);
        tiff.u16(259).u16(3).u32(1).u16(1).u16(0);
        tiff.u16(262).u16(3).u32(1).u16(1).u16(0);
        tiff.u16(273).u16(4).u32(1).u32(200);
        tiff.u16(278).u16(3).u32(1).u16(4).u16(0);
        tiff.u16(279).u16(4).u32(1).u32(16);
        tiff.u16(34675).u16(7).u32(0x7FFF_FFF0L).u32(200); // ICC profile: 2 GB at offset 200
        tiff.u32(0);
        cases.add(photo("tiff-icc-count-lies", "icc.tif", tiff.raw(new byte[200 + 16 - tiff.size()]).toByteArray(),
                opensOr(DAMAGED)));
        cases.add(photo("psd-resources-length-lies", "lapisan.psd", Bytes.bigEndian().ascii("8BPS").u16(1)
                .raw(new byte[6]).u16(3).u32(4).u32(4).u16(8).u16(3).u32(0).u32(0x7FFF_FFF0L).raw(new byte[64])
                .toByteArray(), opensOr(DAMAGED)));
    }

    /** Files of a few hundred KB whose pixels or chunks inflate to hundreds of MB or more. */
    private static void bombs(List<HostileCase> cases) {
        // 20000 x 10000 RGB = 600 MB of pixels in about 600 KB: within the declared budget, so it must be
        // decoded subsampled (the render needs about 1080 px), never at full size.
        int w = 20_000;
        int h = 10_000;
        cases.add(photo("png-inflates-to-600mb", "bom.png", Bytes.concat(Bytes.PNG_SIGNATURE, Bytes.ihdr(w, h, 8, 2, 0),
                Bytes.pngChunk("IDAT", Bytes.deflateZeros((3L * w + 1) * h)), Bytes.pngChunk("IEND", new byte[0])),
                opens()));
        byte[] small = samplePng();
        // 1 GB of text, 1 MB on disk; nobody needs it, so nobody may inflate it.
        byte[] ztxt = Bytes.concat(Bytes.latin1("Comment\0\0"), Bytes.deflateZeros(1L << 30));
        cases.add(photo("png-ztxt-inflates-to-1gb", "teks.png", Bytes.withChunksAfterHeader(small,
                Bytes.pngChunk("zTXt", ztxt)), opens()));
        byte[] itxt = Bytes.concat(Bytes.latin1("XML:com.adobe.xmp\0\1\0\0\0"),
                Bytes.deflateZeros(1L << 30));
        cases.add(photo("png-itxt-inflates-to-1gb", "xmp.png", Bytes.withChunksAfterHeader(small,
                Bytes.pngChunk("iTXt", itxt)), opens()));
        byte[] iccp = Bytes.concat(Bytes.latin1("bom\0\0"), Bytes.deflateZeros(1L << 30));
        cases.add(photo("png-iccp-inflates-to-1gb", "profil.png", Bytes.withChunksAfterHeader(small,
                Bytes.pngChunk("iCCP", iccp)), opens()));
        byte[][] many = new byte[50_000][];
        for (int i = 0; i < many.length; i++) {
            many[i] = Bytes.pngChunk("tEXt", Bytes.latin1("k\0v" + i));
        }
        cases.add(photo("png-50000-text-chunks", "banyak.png", Bytes.withChunksAfterHeader(small, many), opens()));
        cases.add(photo("jpeg-many-empty-scans", "pindai.jpg", jpegManyScans(), opensOr(DAMAGED)));
    }

    private static void metadata(List<HostileCase> cases) {
        byte[] jpeg = sampleJpeg();
        for (int orientation = 1; orientation <= 8; orientation++) {
            cases.add(photo("jpeg-exif-orientation-" + orientation, "orientasi.jpg",
                    Bytes.withSegment(jpeg, 0xE1, Tiff.exifPayload(Tiff.orientation(orientation))), opens()));
        }
        cases.add(photo("jpeg-exif-orientation-99", "orientasi.jpg",
                Bytes.withSegment(jpeg, 0xE1, Tiff.exifPayload(Tiff.orientation(99))), opens()));
        byte[] garbage = new byte[300];
        new Random(7).nextBytes(garbage);
        cases.add(photo("jpeg-exif-garbage", "exif.jpg",
                Bytes.withSegment(jpeg, 0xE1, Bytes.concat(Bytes.latin1("Exif\0\0"), garbage)), opens()));
        // IFD0 whose "next IFD" points back at itself, and an entry count far beyond the segment.
        byte[] loop = Bytes.bigEndian().ascii("Exif\0\0").ascii("MM").u16(42).u32(8)
                .u16(1).u16(0x010F).u16(2).u32(4).ascii("Cam\0").u32(8).toByteArray();
        cases.add(photo("jpeg-exif-ifd-loop", "exif.jpg", Bytes.withSegment(jpeg, 0xE1, loop), opens()));
        byte[] count = Bytes.bigEndian().ascii("Exif\0\0").ascii("MM").u16(42).u32(8).u16(0xFFFF)
                .u16(0x0112).u16(3).u32(1).u16(6).u16(0).toByteArray();
        cases.add(photo("jpeg-exif-entry-count-lies", "exif.jpg", Bytes.withSegment(jpeg, 0xE1, count), opens()));
        byte[] offsets = Bytes.bigEndian().ascii("Exif\0\0").ascii("MM").u16(42).u32(0x7FFF_FFF0L).toByteArray();
        cases.add(photo("jpeg-exif-offset-beyond-file", "exif.jpg", Bytes.withSegment(jpeg, 0xE1, offsets),
                opens()));
        byte[] icc = new byte[400];
        new Random(8).nextBytes(icc);
        cases.add(photo("jpeg-icc-garbage", "icc.jpg", Bytes.withSegment(jpeg, 0xE2,
                Bytes.concat(Bytes.latin1("ICC_PROFILE\0"), new byte[] {1, 1}, icc)), opensOr(DAMAGED)));
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        byte[] firstOfThree = Bytes.concat(Bytes.latin1("ICC_PROFILE\0"), new byte[] {1, 3},
                Arrays.copyOf(srgb, srgb.length / 3));
        cases.add(photo("jpeg-icc-one-of-three-chunks", "icc.jpg", Bytes.withSegment(jpeg, 0xE2, firstOfThree),
                opensOr(DAMAGED)));
        byte[] truncatedProfile = Arrays.copyOf(srgb, srgb.length);
        truncatedProfile[0] = 0x7F; // declared size far beyond the data
        cases.add(photo("jpeg-icc-size-lies", "icc.jpg", Bytes.withSegment(jpeg, 0xE2, Bytes.concat(
                Bytes.latin1("ICC_PROFILE\0"), new byte[] {1, 1}, truncatedProfile)), opensOr(DAMAGED)));
        byte[] png = samplePng();
        byte[] iccGarbage = Bytes.concat(Bytes.latin1("rusak\0\0"), Bytes.deflate(icc));
        cases.add(photo("png-iccp-garbage", "icc.png", Bytes.withChunksAfterHeader(png,
                Bytes.pngChunk("iCCP", iccGarbage)), opens()));
        cases.add(photo("png-exif-garbage", "exif.png", Bytes.withChunksAfterHeader(png,
                Bytes.pngChunk("eXIf", garbage)), opens()));
    }

    private static void variants(List<HostileCase> cases) {
        cases.add(photo("jpeg-progressive", "progresif.jpg", ImageFiles.jpeg(Pictures.noise(64, 48, 9), true),
                opens()));
        WritableRaster cmyk = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE,
                64, 48, 4, null);
        Random random = new Random(10);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                cmyk.setPixel(x, y, new int[] {random.nextInt(256), 40, 200, 10});
            }
        }
        byte[] fourChannels = ImageFiles.jpegFourChannels(cmyk, 0.9f);
        cases.add(photo("jpeg-cmyk", "cmyk.jpg", Bytes.withSegment(fourChannels, 0xEE, adobe(0)), opens()));
        cases.add(photo("jpeg-ycck", "ycck.jpg", Bytes.withSegment(fourChannels, 0xEE, adobe(2)), opens()));
        cases.add(photo("png-16-bit", "enambelas.png", ImageFiles.encode(sixteenBit(), "png"), opens()));
        cases.add(photo("png-grey-alpha", "abu.png", greyAlphaPng(), opens()));
        cases.add(photo("png-palette-trns", "palet.png", ImageFiles.encode(paletteWithTransparency(), "png"), opens()));
        cases.add(photo("png-interlaced", "selang.png", ImageFiles.pngInterlaced(Pictures.noise(37, 23, 11)), opens()));
        cases.add(photo("gif-animated", "animasi.gif", ImageFiles.animatedGif(Pictures.halves(40, 30),
                Pictures.noise(40, 30, 12), Pictures.noise(40, 30, 13)), opens()));
        cases.add(photo("webp-lossless", "foto.webp", WebpSamples.lossless(Pictures.twoLevel(32, 24, 0)), opens()));
        cases.add(photo("webp-animated", "animasi.webp", animatedWebp(), opensOr(DAMAGED)));
        cases.add(photo("bmp-top-down", "atas.bmp", bmpTopDown(), opens()));
        cases.add(photo("png-named-jpg", "foto.jpg", samplePng(), opens()));
        cases.add(photo("jpeg-named-png", "foto.png", sampleJpeg(), opens()));
        cases.add(photo("jpeg-named-heic", "IMG_0003.HEIC", sampleJpeg(), opens()));
    }

    private static void containersAndPaths(List<HostileCase> cases) {
        cases.add(photo("folder-named-jpg", dir -> Files.createDirectory(dir.resolve("foto.jpg")),
                refused("image.error.directory")));
        cases.add(photo("missing-photo", dir -> dir.resolve("hilang.jpg"), refused("image.error.not-found")));
        cases.add(photo("link-to-device", dir -> Files.createSymbolicLink(dir.resolve("foto.jpg"),
                Path.of("/dev/zero")), refused("image.error.not-regular")));
        cases.add(photo("fifo-named-jpg", HostileImages::fifo, refused("image.error.not-regular")));
    }

    private static void names(List<HostileCase> cases) {
        byte[] jpeg = sampleJpeg();
        cases.add(photo("name-with-spaces", "foto saya  dari HP.jpg", jpeg, opens()));
        cases.add(photo("name-with-emoji", "foto 😀🇮🇩.jpg", jpeg, opens()));
        cases.add(photo("name-with-nfd-accents", Normalizer.normalize("Désirée Ñoño.jpg", Normalizer.Form.NFD),
                jpeg, opens()));
        cases.add(photo("name-starting-with-dash", "-foto.jpg", jpeg, opens()));
        cases.add(photo("name-of-200-characters", "f".repeat(196) + ".jpg", jpeg, opens()));
        cases.add(photo("damaged-with-emoji-name", "rusak 😀 é.jpg", Arrays.copyOf(jpeg, 30), refused(DAMAGED)));
    }

    // --- builders ---

    /** An extended WebP whose VP8X canvas declares width x height, followed by a tiny real image. */
    static byte[] webpDeclaring(int width, int height) {
        byte[] vp8x = Bytes.littleEndian().u8(0).u24(0).u24(width - 1).u24(height - 1).toByteArray();
        byte[] image = WebpSamples.lossless(Pictures.twoLevel(8, 8, 1));
        byte[] chunks = Bytes.concat(riffChunk("VP8X", vp8x), Arrays.copyOfRange(image, 12, image.length));
        return Bytes.littleEndian().ascii("RIFF").u32(4 + chunks.length).ascii("WEBP").raw(chunks).toByteArray();
    }

    /** An animated WebP: VP8X with the animation flag, ANIM, and three ANMF frames of lossless data. */
    static byte[] animatedWebp() {
        int w = 24;
        int h = 16;
        Bytes chunks = Bytes.littleEndian();
        chunks.raw(riffChunk("VP8X", Bytes.littleEndian().u8(0x02).u24(0).u24(w - 1).u24(h - 1).toByteArray()));
        chunks.raw(riffChunk("ANIM", Bytes.littleEndian().u32(0xFFFFFFFFL).u16(0).toByteArray()));
        for (int i = 0; i < 3; i++) {
            byte[] file = WebpSamples.lossless(Pictures.twoLevel(w, h, i));
            byte[] frameData = Arrays.copyOfRange(file, 12, file.length); // the VP8L chunk with its header
            chunks.raw(riffChunk("ANMF", Bytes.littleEndian().u24(0).u24(0).u24(w - 1).u24(h - 1).u24(100).u8(0)
                    .raw(frameData).toByteArray()));
        }
        byte[] all = chunks.toByteArray();
        return Bytes.littleEndian().ascii("RIFF").u32(4 + all.length).ascii("WEBP").raw(all).toByteArray();
    }

    private static byte[] riffChunk(String type, byte[] data) {
        Bytes b = Bytes.littleEndian().ascii(type).u32(data.length).raw(data);
        if (data.length % 2 == 1) {
            b.u8(0);
        }
        return b.toByteArray();
    }

    /** A PSD header declaring width x height RGB, with empty sections and almost no pixel data. */
    static byte[] psdDeclaring(int width, int height) {
        return Bytes.bigEndian().ascii("8BPS").u16(1).raw(new byte[6]).u16(3).u32(height).u32(width).u16(8).u16(3)
                .u32(0).u32(0).u32(0).u16(0).raw(new byte[64]).toByteArray();
    }

    /** A progressive JPEG header followed by 20 000 scans that carry no data: a CPU bomb for naive decoders. */
    static byte[] jpegManyScans() {
        byte[] base = ImageFiles.jpeg(Pictures.noise(64, 64, 14), true);
        int sos = -1;
        for (int i = 2; i + 1 < base.length; i++) {
            if ((base[i] & 0xFF) == 0xFF && (base[i + 1] & 0xFF) == 0xDA) {
                sos = i;
                break;
            }
        }
        Bytes b = Bytes.bigEndian().raw(Arrays.copyOf(base, sos));
        for (int i = 0; i < 20_000; i++) {
            // a DC refinement scan of component 1 with no entropy-coded data
            b.u16(0xFFDA).u16(8).u8(1).u8(1).u8(0).u8(0).u8(0).u8(0x10);
        }
        return b.u16(0xFFD9).toByteArray();
    }

    private static byte[] adobe(int transform) {
        return Bytes.bigEndian().ascii("Adobe").u16(100).u16(0).u16(0).u8(transform).toByteArray();
    }

    private static BufferedImage sixteenBit() {
        ColorSpace cs = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        var cm = new java.awt.image.ComponentColorModel(cs, false, false, java.awt.Transparency.OPAQUE,
                java.awt.image.DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(40, 30);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                raster.setPixel(x, y, new int[] {x * 1600, y * 2100, 40000});
            }
        }
        return new BufferedImage(cm, raster, false, null);
    }

    private static byte[] greyAlphaPng() {
        int w = 20;
        int h = 10;
        byte[] raw = new byte[(2 * w + 1) * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raw[y * (2 * w + 1) + 1 + 2 * x] = (byte) (x * 12);
                raw[y * (2 * w + 1) + 2 + 2 * x] = (byte) (y * 25);
            }
        }
        return Bytes.concat(Bytes.PNG_SIGNATURE, Bytes.ihdr(w, h, 8, 4, 0), Bytes.pngChunk("IDAT", Bytes.deflate(raw)),
                Bytes.pngChunk("IEND", new byte[0]));
    }

    private static BufferedImage paletteWithTransparency() {
        byte[] r = {(byte) 255, 0, 0, 0};
        byte[] g = {0, (byte) 255, 0, 0};
        byte[] b = {0, 0, (byte) 255, 0};
        byte[] a = {(byte) 255, (byte) 255, (byte) 128, 0};
        IndexColorModel cm = new IndexColorModel(2, 4, r, g, b, a);
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_BINARY, cm);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                image.getRaster().setSample(x, y, 0, (x / 4 + y / 4) & 3);
            }
        }
        return image;
    }

    private static byte[] bmpTopDown() {
        int w = 4;
        int h = 3;
        Bytes b = Bytes.littleEndian().ascii("BM").u32(54 + 12L * h).u32(0).u32(54)
                .u32(40).u32(w).u32(-h & 0xFFFFFFFFL).u16(1).u16(24).u32(0).u32(12L * h).u32(2835).u32(2835)
                .u32(0).u32(0);
        for (int i = 0; i < w * h; i++) {
            b.u8(i * 20).u8(100).u8(200 - i * 10);
        }
        return b.toByteArray();
    }

    private static Path fifo(Path dir) throws IOException {
        Path fifo = dir.resolve("pipa.jpg");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        try {
            if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
                throw new IOException("mkfifo failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return fifo;
    }
}
