// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import com.twelvemonkeys.imageio.color.ColorProfiles;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;

/**
 * Brings decoded pixels into sRGB. Photos from newer phones and cameras carry Display P3 or Adobe RGB profiles;
 * showing those numbers as if they were sRGB makes faces dull or orange. The TwelveMonkeys JPEG reader converts by
 * itself; TIFF, PSD and WebP hand back images in their profile's colour space; the JDK PNG reader ignores
 * {@code iCCP}, so its profile is passed in separately.
 */
final class SrgbConversion {
    private SrgbConversion() {
    }

    /**
     * The image itself when its values already are sRGB (or grey, or a palette), otherwise a new TYPE_INT_RGB /
     * TYPE_INT_ARGB copy converted through the colour management system.
     *
     * @param embedded a profile the decoder did not apply (PNG iCCP), or null
     */
    static BufferedImage apply(BufferedImage image, ICC_Profile embedded) {
        ColorModel cm = image.getColorModel();
        if (cm instanceof IndexColorModel) {
            return image;
        }
        BufferedImage source = embedded == null ? image : reinterpret(image, embedded);
        ColorSpace cs = source.getColorModel().getColorSpace();
        if (cs.getType() == ColorSpace.TYPE_GRAY || isSrgb(cs)) {
            return source;
        }
        int type = cm.hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage target = new BufferedImage(source.getWidth(), source.getHeight(), type);
        new ColorConvertOp(null).filter(source, target);
        return target;
    }

    static boolean isSrgb(ColorSpace cs) {
        return cs.isCS_sRGB() || (cs instanceof ICC_ColorSpace icc && ColorProfiles.isCS_sRGB(icc.getProfile()));
    }

    /** The same pixels, declared to be in the embedded RGB profile instead of sRGB. */
    private static BufferedImage reinterpret(BufferedImage image, ICC_Profile profile) {
        ColorModel cm = image.getColorModel();
        if (profile.getColorSpaceType() != ColorSpace.TYPE_RGB
                || cm.getColorSpace().getType() != ColorSpace.TYPE_RGB || ColorProfiles.isCS_sRGB(profile)) {
            return image;
        }
        ColorSpace cs = new ICC_ColorSpace(profile);
        ColorModel declared;
        if (cm instanceof DirectColorModel dcm) {
            declared = new DirectColorModel(cs, dcm.getPixelSize(), dcm.getRedMask(), dcm.getGreenMask(),
                    dcm.getBlueMask(), dcm.getAlphaMask(), dcm.isAlphaPremultiplied(), dcm.getTransferType());
        } else if (cm instanceof ComponentColorModel) {
            declared = new ComponentColorModel(cs, cm.getComponentSize(), cm.hasAlpha(), cm.isAlphaPremultiplied(),
                    cm.getTransparency(), cm.getTransferType());
        } else {
            return image;
        }
        if (!declared.isCompatibleRaster(image.getRaster())) {
            return image;
        }
        return new BufferedImage(declared, image.getRaster(), declared.isAlphaPremultiplied(), null);
    }
}
