// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Asset;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads and decodes the files a manifest names, reporting each problem at the field that names the file. A file
 * named twice is read and decoded once, and shared.
 */
final class AssetReader {
    private final PackFiles files;
    private final LayerDecoder decoder;
    private final SvgReader svg;
    private final PackLimits limits;
    private final Problems problems;
    private final Map<String, PackFiles.Lookup> lookups = new HashMap<>();
    private final Map<String, Asset> decoded = new HashMap<>();

    AssetReader(PackFiles files, LayerDecoder decoder, PackLimits limits, Problems problems) {
        this.files = files;
        this.decoder = decoder;
        this.svg = new SvgReader(decoder);
        this.limits = limits;
        this.problems = problems;
    }

    /** A file's bytes and its normalised name. */
    record Read(String name, byte[] bytes) {
    }

    /** Checks a path taken from the manifest and reads that file. */
    Optional<Read> bytes(String path, String field, long maxBytes) {
        return bytes(path, field, maxBytes, reason -> reason);
    }

    /** {@code reword} may say a refusal in terms of what the file is for (a font that is too big). */
    private Optional<Read> bytes(String path, String field, long maxBytes, UnaryOperator<Msg> reword) {
        Optional<Msg> bad = PackPaths.check(path);
        if (bad.isPresent()) {
            problems.add(path, field, bad.get());
            return Optional.empty();
        }
        String name = PackPaths.normalise(path);
        PackFiles.Lookup lookup = lookups.computeIfAbsent(name, n -> files.find(n, maxBytes));
        return switch (lookup) {
            case PackFiles.Lookup.Found found -> Optional.of(new Read(name, found.bytes()));
            case PackFiles.Lookup.Refused refused -> {
                problems.add(name, field, reword.apply(refused.reason()));
                yield Optional.empty();
            }
        };
    }

    /** A PNG or JPEG as a bitmap, an SVG as vectors. */
    Optional<Asset> image(String path, String field) {
        Optional<Read> read = bytes(path, field, limits.maxEntryBytes());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String name = read.get().name();
        byte[] data = read.get().bytes();
        if (decoded.containsKey(name)) {
            return Optional.of(decoded.get(name));
        }
        Optional<? extends Asset> asset = switch (Sniff.of(data)) {
            case PNG, JPEG -> raster(data, name, field).map(image -> new Asset.Raster(name, image));
            case SVG -> {
                if (data.length > limits.maxSvgBytes()) {
                    problems.add(name, field, "pack.problem.svg.tooBig", BoundedRead.describe(limits.maxSvgBytes()));
                    yield Optional.empty();
                }
                yield svg.read(data, name, field, problems).map(document -> new Asset.Vector(name, document));
            }
            default -> {
                problems.add(name, field, "pack.problem.image.notImage");
                yield Optional.empty();
            }
        };
        asset.ifPresent(a -> decoded.put(name, a));
        return asset.map(Asset.class::cast);
    }

    /** A PNG whose alpha channel clips a photo slot. */
    Optional<Asset.Raster> mask(String path, String field) {
        Optional<Read> read = bytes(path, field, limits.maxEntryBytes());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String name = read.get().name();
        if (Sniff.of(read.get().bytes()) != Sniff.PNG) {
            problems.add(name, field, "pack.problem.mask.notPng");
            return Optional.empty();
        }
        Optional<BufferedImage> image = raster(read.get().bytes(), name, field);
        if (image.isPresent() && !image.get().getColorModel().hasAlpha()) {
            problems.add(name, field, "pack.problem.mask.noAlpha");
            return Optional.empty();
        }
        return image.map(i -> new Asset.Raster(name, i));
    }

    Optional<Asset.Typeface> font(String path, String field) {
        long max = Math.min(limits.maxEntryBytes(), FontReader.MAX_BYTES);
        return bytes(path, field, max, reason -> reason.key().equals("pack.problem.file.tooBig")
                ? Msg.of("pack.problem.font.tooBig", BoundedRead.describe(max)) : reason)
                .flatMap(read -> FontReader.read(read.bytes(), read.name(), field, problems));
    }

    private Optional<BufferedImage> raster(byte[] data, String name, String field) {
        try {
            BufferedImage image = decoder.decode(data, name);
            if (image == null) {
                problems.add(name, field, "pack.problem.image.broken");
            }
            return Optional.ofNullable(image);
        } catch (BadInputException e) {
            problems.add(name, field, e.reason());
            return Optional.empty();
        }
    }
}
