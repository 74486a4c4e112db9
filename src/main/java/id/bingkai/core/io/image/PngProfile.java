// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import com.twelvemonkeys.imageio.color.ColorProfiles;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.NodeList;

/**
 * The ICC profile of a PNG ({@code iCCP} chunk), which the JDK PNG reader reports in its metadata but does not
 * apply. iPhone screenshots and exports from photo apps carry Display P3 this way.
 */
final class PngProfile {
    private static final String FORMAT = "javax_imageio_png_1.0";
    /** Real profiles are a few kilobytes; this stops a compressed bomb hidden in the chunk. */
    private static final int MAX_PROFILE_BYTES = 4 << 20;

    private PngProfile() {
    }

    /** The embedded profile, or null when there is none, an sRGB chunk overrides it, or it cannot be read. */
    static ICC_Profile read(ImageReader reader) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (metadata == null || !FORMAT.equals(metadata.getNativeMetadataFormatName())) {
                return null;
            }
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
            if (root.getElementsByTagName("sRGB").getLength() > 0) {
                return null;
            }
            NodeList iccp = root.getElementsByTagName("iCCP");
            if (iccp.getLength() == 0
                    || !(((IIOMetadataNode) iccp.item(0)).getUserObject() instanceof byte[] compressed)) {
                return null;
            }
            byte[] data = inflate(compressed);
            return data == null ? null : ColorProfiles.createProfile(data);
        } catch (Exception e) {
            return null; // a broken profile costs accurate colour, never the photo
        }
    }

    private static byte[] inflate(byte[] compressed) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 3);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_PROFILE_BYTES) {
                    return null;
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
