// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.logo;

import com.github.weisj.jsvg.view.ViewBox;
import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Rect;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** A small picture of the chosen logo for the side panel, fitted like the logo in its place (never stretched). */
final class LogoThumbnail {
    private LogoThumbnail() {
    }

    static BufferedImage of(AgencyLogo logo, int side) {
        Rect box = logo.fitIn(new Rect(0, 0, side, side));
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            switch (logo.picture()) {
                case Asset.Raster r -> g.drawImage(r.image(), (int) Math.round(box.x()), (int) Math.round(box.y()),
                        (int) Math.round(box.width()), (int) Math.round(box.height()), null);
                case Asset.Vector v -> v.document().render((Component) null, g, new ViewBox((float) box.x(),
                        (float) box.y(), (float) box.width(), (float) box.height()));
                case Asset.Typeface t -> {
                    // never an agency logo (AgencyLogo refuses fonts)
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }
}
