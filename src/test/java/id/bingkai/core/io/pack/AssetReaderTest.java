// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Asset;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestPacks;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The files a manifest names, read from an in-memory pack: an SVG at its size limit, a picture named twice. */
class AssetReaderTest {
    private static final byte[] SVG = TestPacks.EMBLEM_SVG.getBytes(StandardCharsets.UTF_8);
    private static final byte[] PNG = TestPacks.png(Pictures.solid(6, 3, Color.ORANGE));

    private final Problems problems = new Problems();
    private final AtomicInteger decoded = new AtomicInteger();
    private final LayerDecoder counting = (data, name) -> {
        decoded.incrementAndGet();
        return PackLoaders.IMAGEIO.decode(data, name);
    };

    private static final PackFiles FILES = (path, max) -> {
        byte[] data = Map.of("layers/emblem.svg", SVG, "layers/ornament.png", PNG).get(path);
        return data == null ? PackFiles.Lookup.refused("pack.problem.file.missing") : new PackFiles.Lookup.Found(data);
    };

    private static PackLimits svgLimit(int maxSvgBytes) {
        return new PackLimits(2_000, 256L << 20, 64L << 20, 100, 1 << 20, 32, 200, 200, maxSvgBytes);
    }

    @Test
    void anSvgMayBeExactlyTheSvgLimit() {
        Optional<Asset> exact = new AssetReader(FILES, counting, svgLimit(SVG.length), problems)
                .image("layers/emblem.svg", "frames[0].layers[1].file");
        assertThat(exact).get().isInstanceOf(Asset.Vector.class);
        assertThat(problems.list()).isEmpty();

        Optional<Asset> over = new AssetReader(FILES, counting, svgLimit(SVG.length - 1), problems)
                .image("layers/emblem.svg", "frames[0].layers[1].file");
        assertThat(over).isEmpty();
        assertThat(problems.list()).containsExactly(new Problem("layers/emblem.svg", "frames[0].layers[1].file",
                Msg.of("pack.problem.svg.tooBig", BoundedRead.describe(SVG.length - 1))));
    }

    @Test
    void aPictureNamedTwiceIsDecodedOnceAndShared() {
        AssetReader reader = new AssetReader(FILES, counting, PackLimits.DEFAULT, problems);

        Asset first = reader.image("layers/ornament.png", "frames[0].layers[0].file").orElseThrow();
        Asset second = reader.image("layers/./ornament.png", "frames[1].layers[3].file").orElseThrow();
        Asset svg = reader.image("layers/emblem.svg", "frames[0].layers[1].file").orElseThrow();
        Asset svgAgain = reader.image("layers/emblem.svg", "frames[1].layers[0].file").orElseThrow();

        assertThat(second).isSameAs(first);
        assertThat(decoded).hasValue(1);
        assertThat(((Asset.Raster) first).image().getWidth()).isEqualTo(6);
        assertThat(svgAgain).isSameAs(svg);
        assertThat(problems.list()).isEmpty();
    }
}
