// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.kiosk.handoff.QrCodes;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Small view helpers of the kiosk: the renderer's images in JavaFX, QR codes, big touch buttons. */
final class KioskFx {
    private KioskFx() {
    }

    /** Wraps a Java2D image for JavaFX; the image must not be changed afterwards. */
    static WritableImage toFx(BufferedImage image) {
        BufferedImage pre = image;
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            pre = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
            var g = pre.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        int[] data = ((DataBufferInt) pre.getRaster().getDataBuffer()).getData();
        return new WritableImage(new PixelBuffer<>(pre.getWidth(), pre.getHeight(), IntBuffer.wrap(data),
                PixelFormat.getIntArgbPreInstance()));
    }

    /** A QR code of {@code text} (the engine's {@link QrCodes}), about {@code side} pixels, sharp modules. */
    static ImageView qr(String text, int side) {
        QrCodes codes = new QrCodes();
        int modules = codes.matrix(text).length + 2 * QrCodes.QUIET_ZONE;
        ImageView view = new ImageView(toFx(codes.image(text, Math.clamp(side / modules, 1, 64))));
        view.setSmooth(false);
        view.getStyleClass().add("qr");
        return view;
    }

    /** The Inter faces the built-in frames use, for the kiosk's own text too (else the system font). */
    static void loadFonts() {
        for (String name : new String[] {"Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf"}) {
            try (var in = KioskFx.class.getResourceAsStream("/id/bingkai/core/fonts/" + name)) {
                if (in != null) {
                    javafx.scene.text.Font.loadFont(in, 14);
                }
            } catch (java.io.IOException e) {
                // the system font is used instead
            }
        }
    }

    static Button button(String text, String styleClass, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("touch", styleClass);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        // a wrapped label in a box is otherwise squeezed to one line with an ellipsis
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    static <T extends Node> T styled(T node, String... classes) {
        node.getStyleClass().addAll(classes);
        return node;
    }
}
