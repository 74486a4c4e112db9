// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Asset;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the agency's own logo the user picked: a PNG (pixels, through the image decoder and its pixel budget) or an
 * SVG (vectors, under the same rules as a pack's SVG layers: nothing outside its own bytes, no filters). What the
 * file is comes from its content, never its name. Every refusal names the file and the reason.
 */
public final class AgencyLogoReader {
    /** A logo PNG is kilobytes; anything past this is a photo picked by mistake or a hostile file. */
    static final long MAX_PNG_BYTES = 32L << 20;

    private final LayerDecoder decoder;
    private final PackLimits limits;

    public AgencyLogoReader(ImageLoader images, PackLimits limits) {
        this(LayerDecoder.of(Objects.requireNonNull(images, "images")), limits);
    }

    AgencyLogoReader(LayerDecoder decoder, PackLimits limits) {
        this.decoder = decoder;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @throws BadInputException when the file is missing, too big, not a PNG or SVG, or broken */
    public AgencyLogo read(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] data = bytes(file);
        String name = String.valueOf(file.getFileName());
        Asset picture = switch (Sniff.of(data)) {
            case PNG -> new Asset.Raster(name, png(data, file));
            case SVG -> svg(data, file, name);
            default -> throw new BadInputException(file, Msg.of("image.error.logo-format"));
        };
        try {
            return new AgencyLogo(picture);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, Msg.of("pack.problem.svg.noSize"), e);
        }
    }

    private byte[] bytes(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, Msg.of("image.error.directory"));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new BadInputException(file, Msg.of("image.error.not-regular"));
        }
        long max = Math.max(MAX_PNG_BYTES, limits.maxSvgBytes());
        Optional<byte[]> data;
        try (InputStream in = Files.newInputStream(file)) {
            data = BoundedRead.readAll(in, max);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, Msg.of("image.error.not-found"), e);
        } catch (IOException e) {
            throw new BadInputException(file, Msg.of("image.error.unreadable"), e);
        }
        if (data.isEmpty()) {
            throw new BadInputException(file, Msg.of("image.error.logo-too-big", BoundedRead.describe(max)));
        }
        if (data.get().length == 0) {
            throw new BadInputException(file, Msg.of("image.error.empty"));
        }
        return data.get();
    }

    private BufferedImage png(byte[] data, Path file) {
        BufferedImage image;
        try {
            image = decoder.decode(data, file.toString());
        } catch (BadInputException e) {
            throw new BadInputException(file, e.reason(), e);
        }
        if (image == null) {
            throw new BadInputException(file, Msg.of("pack.problem.image.broken"));
        }
        return image;
    }

    private Asset.Vector svg(byte[] data, Path file, String name) {
        if (data.length > limits.maxSvgBytes()) {
            throw new BadInputException(file, Msg.of("pack.problem.svg.tooBig",
                    BoundedRead.describe(limits.maxSvgBytes())));
        }
        Problems problems = new Problems();
        var document = new SvgReader(decoder).read(data, name, "", problems);
        if (document.isEmpty() || !problems.isEmpty()) {
            Msg reason = problems.list().stream().findFirst().map(Problem::reason)
                    .orElse(Msg.of("pack.problem.svg.broken"));
            throw new BadInputException(file, reason);
        }
        return new Asset.Vector(name, document.get());
    }
}
