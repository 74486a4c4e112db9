// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.ImageExporter;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.Renderer;
import java.io.PrintWriter;
import java.util.Objects;

/** The core services one run of the program uses, created once and passed to every command. */
public record Services(Messages messages, ImageLoader images, PackLoader packs, FontLibrary fonts, Renderer renderer,
        ImageExporter exporter, PrintWriter out, PrintWriter err) {
    public Services {
        Objects.requireNonNull(messages);
        Objects.requireNonNull(images);
        Objects.requireNonNull(packs);
        Objects.requireNonNull(fonts);
        Objects.requireNonNull(renderer);
        Objects.requireNonNull(exporter);
        Objects.requireNonNull(out);
        Objects.requireNonNull(err);
    }

    public static Services create(Messages messages, PrintWriter out, PrintWriter err) {
        ImageLoader images = new ImageLoader(PixelBudget.DEFAULT);
        // One font library for the renderer and the guideline checks: loading Inter is the costly part.
        FontLibrary fonts = new FontLibrary();
        return new Services(messages, images, new PackLoader(images, PackLimits.DEFAULT), fonts, new Renderer(fonts),
                new ImageExporter(), out, err);
    }
}
