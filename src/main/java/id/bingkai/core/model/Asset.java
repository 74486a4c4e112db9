// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import com.github.weisj.jsvg.SVGDocument;
import java.awt.image.BufferedImage;

/** A decoded layer file of a pack. Treated as read-only once loaded. */
public sealed interface Asset {
    /** The file name inside the pack, for messages. */
    String name();

    /** A bitmap layer (PNG or JPEG), already in sRGB. */
    record Raster(String name, BufferedImage image) implements Asset {
    }

    /** A vector layer (SVG), drawn at the output resolution. */
    record Vector(String name, SVGDocument document) implements Asset {
    }

    /**
     * A font file (TTF/OTF) shipped in a pack, usable by its family name in text layers.
     *
     * @param data the file's bytes, for embedding in a PDF (empty when not kept)
     */
    record Typeface(String name, java.awt.Font font, byte[] data) implements Asset {
        public Typeface {
            data = data.clone();
        }

        public Typeface(String name, java.awt.Font font) {
            this(name, font, new byte[0]);
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }
}
