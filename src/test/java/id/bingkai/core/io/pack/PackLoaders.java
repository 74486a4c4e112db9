// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pack loaders whose layers are decoded with plain ImageIO, so pack tests do not depend on the image loader. */
final class PackLoaders {
    static final LayerDecoder IMAGEIO = (data, name) -> {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            if (image == null) {
                throw new BadInputException(Path.of(name), Msg.of("pack.problem.image.broken"));
            }
            return image;
        } catch (IOException e) {
            throw new BadInputException(Path.of(name), Msg.of("pack.problem.image.broken"), e);
        }
    };

    private PackLoaders() {
    }

    static PackLoader loader() {
        return new PackLoader(IMAGEIO, PackLimits.DEFAULT);
    }

    static PackLoader loader(PackLimits limits) {
        return new PackLoader(IMAGEIO, limits);
    }
}
