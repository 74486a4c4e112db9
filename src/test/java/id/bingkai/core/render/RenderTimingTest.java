// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.testing.SyntheticPhotos;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A throwaway measurement, not a test: how long one 1080 x 1080 render takes with a 4000 x 3000 photo.
 * Run with {@code -Dtest=RenderTimingTest -Dbingkai.measure=true}; it prints and asserts nothing.
 */
@EnabledIfSystemProperty(named = "bingkai.measure", matches = "true")
class RenderTimingTest {
    @Test
    void measureA1080RenderOfA12MegapixelPhoto() {
        BufferedImage full = SyntheticPhotos.draw(4000, 3000);
        Document doc = GoldenDocuments.ellipseSlot().withPhoto("foto",
                new PlacedPhoto(SyntheticPhotos.photo(4000, 3000), new Placement(0.05, 0, 1.1, 5, false)));
        PhotoRef ref = doc.primaryPhoto().orElseThrow().photo();
        PhotoSource fullSize = (photo, w, h) -> full; // worst case: the loader hands over all 12 MP
        PhotoSource asked = new SyntheticPhotos()::pixels;
        Renderer renderer = new Renderer(new FontLibrary());
        for (int i = 0; i < 5; i++) {
            renderer.render(doc, 1080, fullSize); // warm up
        }
        report("full 4000x3000 source", renderer, doc, fullSize, 10);
        BufferedImage scaled = asked.pixels(ref, SlotPainter.request(4000, 800.0 / 3000 * 1.1),
                SlotPainter.request(3000, 800.0 / 3000 * 1.1));
        report("source subsampled to " + scaled.getWidth() + "x" + scaled.getHeight(), renderer, doc,
                (p, w, h) -> scaled, 10);
        report("preview 540 px, full source", renderer, doc, fullSize, 10);
    }

    private static void report(String label, Renderer renderer, Document doc, PhotoSource photos, int runs) {
        int width = label.startsWith("preview") ? 540 : 1080;
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            renderer.render(doc, width, photos);
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            total += t;
        }
        System.out.printf("render %d px, %s: best %.1f ms, mean %.1f ms%n", width, label, best / 1e6,
                total / 1e6 / runs);
    }
}
