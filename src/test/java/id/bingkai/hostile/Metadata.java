// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import id.bingkai.testing.Bytes;
import java.nio.charset.StandardCharsets;

/** Camera and editor metadata blocks as they appear in photos: EXIF with GPS, XMP, IPTC. */
final class Metadata {
    static final int APP1 = 0xE1;
    static final int APP13 = 0xED;

    private Metadata() {
    }

    /**
     * An EXIF block naming the camera, its serial number, the owner and a GPS position, every text being
     * {@code canary} plus a suffix so that a search finds each one.
     */
    static Tiff.Ifd exif(String canary, int orientation) {
        Tiff.Ifd exifIfd = new Tiff.Ifd()
                .ascii(0xA431, canary + "-serial") // BodySerialNumber
                .ascii(0xA430, canary + "-owner") // CameraOwnerName
                .ascii(0x9003, "2024:04:01 07:30:00"); // DateTimeOriginal
        Tiff.Ifd gps = new Tiff.Ifd()
                .ascii(0x0001, "S") // GPSLatitudeRef
                .rationals(0x0002, 6, 1, 10, 1, 44, 1) // GPSLatitude 6° 10' 44"
                .ascii(0x0003, "E")
                .rationals(0x0004, 106, 1, 49, 1, 39, 1) // GPSLongitude
                .undefined(0x001B, ("ASCII\0\0\0" + canary + "-gps").getBytes(StandardCharsets.ISO_8859_1));
        return new Tiff.Ifd()
                .ascii(0x010F, canary + "-make") // Make
                .ascii(0x0110, canary + "-model") // Model
                .shortValue(0x0112, orientation)
                .ascii(0x013B, canary + "-artist") // Artist
                .ascii(0x010E, canary + "-description") // ImageDescription
                .sub(0x8769, exifIfd)
                .sub(0x8825, gps);
    }

    /** An XMP packet with the creator, a GPS position and a location, each carrying {@code canary}. */
    static String xmp(String canary) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\""
                + " exif:GPSLatitude=\"6,10.7333S\" exif:GPSLongitude=\"106,49.65E\""
                + " photoshop:City=\"" + canary + "-city\">"
                + "<dc:creator><rdf:Seq><rdf:li>" + canary + "-creator</rdf:li></rdf:Seq></dc:creator>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    static byte[] xmpApp1(String packet) {
        return Bytes.concat(Bytes.latin1("http://ns.adobe.com/xap/1.0/\0"), packet.getBytes(StandardCharsets.UTF_8));
    }

    /** A Photoshop APP13 block with IPTC by-line, city and copyright records. */
    static byte[] iptcApp13(String canary) {
        Bytes iptc = Bytes.bigEndian();
        record(iptc, 0x50, canary + "-byline");
        record(iptc, 0x5A, canary + "-iptc-city");
        record(iptc, 0x74, canary + "-copyright");
        byte[] data = iptc.toByteArray();
        Bytes resource = Bytes.bigEndian().ascii("8BIM").u16(0x0404).u16(0).u32(data.length).raw(data);
        if (data.length % 2 == 1) {
            resource.u8(0);
        }
        return Bytes.concat(Bytes.latin1("Photoshop 3.0\0"), resource.toByteArray());
    }

    private static void record(Bytes iptc, int dataset, String text) {
        byte[] value = text.getBytes(StandardCharsets.UTF_8);
        iptc.u8(0x1C).u8(2).u8(dataset).u16(value.length).raw(value);
    }

    /** A JPEG carrying all of the above (EXIF first, as cameras write it). */
    static byte[] jpegWithEverything(byte[] jpeg, String canary, int orientation) {
        byte[] withIptc = Bytes.withSegment(jpeg, APP13, iptcApp13(canary));
        byte[] withXmp = Bytes.withSegment(withIptc, APP1, xmpApp1(xmp(canary)));
        return Bytes.withSegment(withXmp, APP1, Tiff.exifPayload(exif(canary, orientation)));
    }

    /** A PNG carrying text chunks, EXIF and XMP. */
    static byte[] pngWithEverything(byte[] png, String canary) {
        return Bytes.withChunksAfterHeader(png,
                Bytes.pngChunk("tEXt", Bytes.latin1("Author\0" + canary + "-author")),
                Bytes.pngChunk("zTXt", Bytes.concat(Bytes.latin1("Comment\0\0"),
                        Bytes.deflate(Bytes.latin1(canary + "-comment")))),
                Bytes.pngChunk("iTXt", Bytes.concat(Bytes.latin1("XML:com.adobe.xmp\0\0\0\0\0"),
                        xmp(canary).getBytes(StandardCharsets.UTF_8))),
                Bytes.pngChunk("eXIf", Tiff.write(exif(canary, 1))));
    }

    /**
     * A JPEG with, besides everything above, an ICC profile (sRGB) whose description names {@code canary} and a
     * comment (COM) block: what a phone's editing app or a scanner adds.
     */
    static byte[] jpegWithIccAndComment(byte[] jpeg, String canary, int orientation) {
        byte[] withComment = Bytes.withSegment(jpeg, 0xFE, Bytes.latin1(canary + "-comment"));
        byte[] icc = Bytes.concat(Bytes.latin1("ICC_PROFILE\0"), new byte[] {1, 1}, iccDescribed(canary + "-icc"));
        return jpegWithEverything(Bytes.withSegment(withComment, 0xE2, icc), canary, orientation);
    }

    /** Java's sRGB profile with its description tag pointing at a new description, appended at the end. */
    static byte[] iccDescribed(String description) {
        byte[] srgb = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
        byte[] text = Bytes.latin1(description + "\0");
        java.nio.ByteBuffer desc = java.nio.ByteBuffer.allocate((12 + text.length + 4 + 4 + 2 + 1 + 67 + 3) & ~3);
        desc.put(Bytes.latin1("desc")).putInt(0).putInt(text.length).put(text); // ASCII, then empty Unicode/Script
        byte[] descBytes = desc.array();
        java.nio.ByteBuffer profile = java.nio.ByteBuffer.allocate(srgb.length + descBytes.length);
        profile.put(srgb).put(descBytes);
        profile.putInt(0, profile.capacity());
        int tags = profile.getInt(128);
        for (int t = 0; t < tags; t++) {
            int entry = 132 + 12 * t;
            if (profile.getInt(entry) == 0x64657363) { // 'desc'
                profile.putInt(entry + 4, srgb.length).putInt(entry + 8, descBytes.length);
            }
        }
        return profile.array();
    }
}
