// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import id.bingkai.core.io.image.turbo.TurboJpegEncoder;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.w3c.dom.Node;

/**
 * PNG and JPEG encoding with the JDK's writers and exactly one piece of metadata, the XMP keywords. The writers
 * start from default metadata (never from a source file's), so no EXIF, GPS, thumbnail or ICC profile can ride
 * along.
 */
final class Encoders {
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";
    private static final String JPEG_FORMAT = "javax_imageio_jpeg_image_1.0";
    private static final int APP1 = 0xE1;
    /** A JPEG segment holds at most 65535 bytes including its 2-byte length. */
    private static final int MAX_SEGMENT = 65533;

    private Encoders() {
    }

    /**
     * 8-bit RGBA, or RGB when the image is opaque, with an iTXt {@code XML:com.adobe.xmp} chunk, and a {@code pHYs}
     * chunk in pixels per metre when {@code dpi} is positive (print frames; screen images carry none).
     */
    static void png(BufferedImage image, List<String> keywords, int dpi, OutputStream out) throws IOException {
        BufferedImage pixels = Pixels.forPng(image);
        ImageWriter writer = jdkWriter("png");
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(pixels),
                    param);
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", XmpPacket.PNG_KEYWORD);
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", XmpPacket.of(keywords));
            IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
            itxt.appendChild(entry);
            IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
            if (dpi > 0) {
                IIOMetadataNode phys = new IIOMetadataNode("pHYs");
                String ppm = Long.toString(pixelsPerMetre(dpi));
                phys.setAttribute("pixelsPerUnitXAxis", ppm);
                phys.setAttribute("pixelsPerUnitYAxis", ppm);
                phys.setAttribute("unitSpecifier", "meter");
                root.appendChild(phys);
            }
            root.appendChild(itxt);
            metadata.mergeTree(PNG_FORMAT, root);
            write(writer, pixels, metadata, param, out);
        } finally {
            writer.dispose();
        }
    }

    /** PNG's density unit: {@code dpi} in pixels per metre, rounded (300 dpi = 11811). */
    static long pixelsPerMetre(int dpi) {
        return Math.round(dpi / 0.0254);
    }

    /**
     * Baseline JFIF, 4:2:0, alpha flattened onto white, with an APP1 XMP segment right after the JFIF header. A
     * positive {@code dpi} goes into the JFIF header as dots per inch; otherwise it keeps the writer's 1:1 aspect.
     */
    static void jpeg(BufferedImage image, float quality, List<String> keywords, int dpi, OutputStream out)
            throws IOException {
        BufferedImage pixels = Pixels.forJpeg(image);
        ImageWriter writer = jdkWriter("jpeg");
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (param.canWriteProgressive()) {
                param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            }
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(pixels),
                    param);
            Node tree = metadata.getAsTree(JPEG_FORMAT);
            Node markers = child(tree, "markerSequence");
            if (dpi > 0) {
                IIOMetadataNode jfif = (IIOMetadataNode) child(child(tree, "JPEGvariety"), "app0JFIF");
                jfif.setAttribute("resUnits", "1");
                jfif.setAttribute("Xdensity", Integer.toString(dpi));
                jfif.setAttribute("Ydensity", Integer.toString(dpi));
            }
            IIOMetadataNode xmp = new IIOMetadataNode("unknown");
            xmp.setAttribute("MarkerTag", Integer.toString(APP1));
            xmp.setUserObject(fitting(keywords));
            // The writer puts the JFIF APP0 first, then this sequence in order: XMP before the tables.
            markers.insertBefore(xmp, markers.getFirstChild());
            metadata.setFromTree(JPEG_FORMAT, tree);
            write(writer, pixels, metadata, param, out);
        } finally {
            writer.dispose();
        }
    }

    /**
     * The same file through libjpeg-turbo: baseline JFIF 4:2:0 at the same IJG quality scale, then the XMP APP1
     * segment spliced in right after the JFIF header, exactly where the JDK writer puts it.
     */
    static void jpeg(TurboJpegEncoder encoder, BufferedImage image, float quality, List<String> keywords, int dpi,
            OutputStream out) throws IOException {
        BufferedImage pixels = Pixels.forJpeg(image);
        int[] rgb = ((DataBufferInt) pixels.getRaster().getDataBuffer()).getData();
        byte[] jpeg = encoder.encode(rgb, pixels.getWidth(), pixels.getHeight(),
                Math.clamp(Math.round(quality * 100), 1, 100));
        int at = afterJfifHeader(jpeg);
        if (dpi > 0 && at >= 20 && jpeg[6] == 'J' && jpeg[7] == 'F' && jpeg[8] == 'I' && jpeg[9] == 'F') {
            recordDensity(jpeg, dpi);
        }
        byte[] xmp = fitting(keywords);
        out.write(jpeg, 0, at);
        out.write(0xFF);
        out.write(APP1);
        out.write((xmp.length + 2) >> 8);
        out.write((xmp.length + 2) & 0xFF);
        out.write(xmp);
        out.write(jpeg, at, jpeg.length - at);
    }

    /** Offset just past SOI and, when it comes next, the JFIF APP0 segment. */
    private static int afterJfifHeader(byte[] jpeg) {
        if (jpeg.length > 6 && (jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            return 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        }
        return 2;
    }

    /** JFIF header after SOI, APP0 marker, length, "JFIF\0" and the version: units (1 = dpi), X and Y density. */
    private static void recordDensity(byte[] jpeg, int dpi) {
        jpeg[13] = 1;
        jpeg[14] = (byte) (dpi >> 8);
        jpeg[15] = (byte) dpi;
        jpeg[16] = (byte) (dpi >> 8);
        jpeg[17] = (byte) dpi;
    }

    /** The XMP segment, dropping trailing keywords if a huge list would overflow one segment. */
    private static byte[] fitting(List<String> keywords) {
        List<String> kept = XmpPacket.keywordsWithCampaignTag(keywords);
        byte[] segment = XmpPacket.jpegSegment(kept);
        while (segment.length > MAX_SEGMENT && kept.size() > 1) {
            kept = kept.subList(0, kept.size() - 1);
            segment = XmpPacket.jpegSegment(kept);
        }
        return segment;
    }

    private static void write(ImageWriter writer, BufferedImage pixels, IIOMetadata metadata, ImageWriteParam param,
            OutputStream out) throws IOException {
        // Closing a MemoryCacheImageOutputStream flushes it but leaves the caller's stream open.
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(pixels, null, metadata), param);
        }
    }

    private static Node child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (name.equals(n.getNodeName())) {
                return n;
            }
        }
        IIOMetadataNode created = new IIOMetadataNode(name);
        parent.appendChild(created);
        return created;
    }

    /**
     * The JDK's own writer (com.sun.imageio), whose metadata handling the code above relies on; plug-ins such as
     * TwelveMonkeys may register writers for the same format first.
     */
    private static ImageWriter jdkWriter(String format) {
        ImageWriter fallback = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format); it.hasNext();) {
            ImageWriter writer = it.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                if (fallback != null) {
                    fallback.dispose();
                }
                return writer;
            }
            if (fallback == null) {
                fallback = writer;
            } else {
                writer.dispose();
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        return fallback;
    }
}
