// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import com.github.weisj.jsvg.view.ViewBox;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.Rect;
import java.awt.AlphaComposite;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Draws one frame layer (image, text, shape or the agency logo in its place) in device space. */
final class LayerPainter {
    private final ImagePainter images;
    private final TextPainter text;

    LayerPainter(ImagePainter images, TextPainter text) {
        this.images = images;
        this.text = text;
    }

    void paint(Graphics2D g, Rectangle canvasDevice, Layer layer, Document doc, double scale) {
        switch (layer) {
            case Layer.Shape shape -> ShapePainter.paint(g, canvasDevice, shape, scale);
            case Layer.Text t -> text.paint(g, t, doc, scale);
            case Layer.Image image -> paintImage(g, canvasDevice, image.asset(), image.bounds(), image.opacity(), scale);
            case Layer.LogoPlace place -> doc.agencyLogo().ifPresent(logo -> paintImage(g, canvasDevice,
                    logo.picture(), logo.fitIn(place.bounds()), 1, scale));
        }
    }

    /** A picture stretched over {@code bounds} (canvas units); an agency logo's bounds already keep its shape. */
    private void paintImage(Graphics2D g, Rectangle canvasDevice, Asset asset, Rect bounds, double opacity,
            double scale) {
        AffineTransform canvasToDevice = AffineTransform.getScaleInstance(scale, scale);
        switch (asset) {
            case Asset.Raster raster -> {
                Graphics2D copy = (Graphics2D) g.create();
                try {
                    if (opacity < 1) {
                        copy.setComposite(AlphaComposite.SrcOver.derive((float) opacity));
                    }
                    images.draw(copy, raster.image(), stretch(raster.image(), bounds, canvasToDevice),
                            canvasDevice);
                } finally {
                    copy.dispose();
                }
            }
            case Asset.Vector vector -> {
                Rectangle box = RenderHints.deviceBox(ShapePainter.toAwt(bounds), scale, 1, canvasDevice);
                Offscreen.paint(g, box, opacity, lg -> renderSvg(lg, vector, bounds, canvasToDevice));
            }
            case Asset.Typeface ignored -> {
                // A font is not a picture; the pack loader never puts one here.
            }
        }
    }

    /** Image pixels -> device: the image stretched over {@code bounds} (canvas units), then {@code canvasToDevice}. */
    static AffineTransform stretch(BufferedImage image, Rect bounds, AffineTransform canvasToDevice) {
        AffineTransform t = new AffineTransform(canvasToDevice);
        t.translate(bounds.x(), bounds.y());
        t.scale(bounds.width() / image.getWidth(), bounds.height() / image.getHeight());
        return t;
    }

    /** Renders an SVG as vectors into {@code bounds}, at whatever resolution {@code canvasToDevice} gives. */
    static void renderSvg(Graphics2D g, Asset.Vector vector, Rect bounds, AffineTransform canvasToDevice) {
        Graphics2D copy = (Graphics2D) g.create();
        try {
            copy.transform(canvasToDevice);
            vector.document().render((Component) null, copy,
                    new ViewBox((float) bounds.x(), (float) bounds.y(), (float) bounds.width(),
                            (float) bounds.height()));
        } finally {
            copy.dispose();
        }
    }
}
