// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.PackException;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.json.StrictJson;
import id.bingkai.core.model.FramePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * Opens frame packs: a folder with {@code manifest.json}, a {@code .zip} read in memory, or a twibbon PNG with a
 * transparent hole (zip and PNG are told apart by content, not by extension). Every problem of a pack is
 * collected, so {@link #lint} and the {@link PackException} of {@link #load} list them all at once. The format is
 * described in {@code docs/pack-format.md}.
 */
public final class PackLoader {
    /** Class path folder of the sample pack shipped with Bingkai. */
    static final String SAMPLE_FOLDER = "id/bingkai/core/sample/";
    /** The origin of the built-in pack, shown where a path would be. */
    public static final String BUILT_IN_ORIGIN = "bawaan";
    private static final String MANIFEST = Problems.MANIFEST;

    private final LayerDecoder decoder;
    private final PackLimits limits;

    public PackLoader(ImageLoader images, PackLimits limits) {
        this(LayerDecoder.of(Objects.requireNonNull(images, "images")), limits);
    }

    PackLoader(LayerDecoder decoder, PackLimits limits) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Loads a pack.
     *
     * @throws PackException     listing every problem when the pack is broken or breaks the format's rules
     * @throws BadInputException when {@code source} is missing, unreadable or not a pack at all
     */
    public FramePack load(Path source) {
        return open(source).pack();
    }

    /**
     * Loads a pack together with its warnings (things worth saying that do not stop it from opening).
     *
     * @throws PackException     listing every problem when the pack is broken or breaks the format's rules
     * @throws BadInputException when {@code source} is missing, unreadable or not a pack at all
     */
    public LoadedPack open(Path source) {
        return open(source, FrameSelection.ALL);
    }

    /**
     * Loads the one frame a command uses: the frame {@code frameId} names, or the pack's default frame when it is
     * empty. The pack comes back with that frame alone; no other frame is converted and none of their files is
     * read, so a problem in another frame does not stop this one (lint and the editor load every frame).
     *
     * @throws UnknownFrameException when the pack has no frame {@code frameId}; it lists the pack's frames
     * @throws PackException         listing every problem of the pack's own fields and of this frame
     * @throws BadInputException     when {@code source} is missing, unreadable or not a pack at all
     */
    public LoadedPack openFrame(Path source, Optional<String> frameId) {
        return open(source, FrameSelection.one(frameId));
    }

    private LoadedPack open(Path source, FrameSelection selection) {
        Outcome outcome = read(source, selection);
        if (!outcome.problems().isEmpty()) {
            throw new PackException(source, outcome.problems());
        }
        return new LoadedPack(outcome.pack().orElseThrow(), outcome.warnings());
    }

    /**
     * Every problem of a pack; empty when it loads.
     *
     * @throws BadInputException when {@code source} is missing, unreadable or not a pack at all
     */
    public List<Problem> lint(Path source) {
        return read(source, FrameSelection.ALL).problems();
    }

    /** The sample pack shipped inside the program. */
    public FramePack builtIn() {
        return builtIn(FrameSelection.ALL);
    }

    /**
     * The sample pack with only the frame {@code frameId} names, or its default frame when empty ({@link #openFrame}).
     *
     * @throws UnknownFrameException when the sample pack has no frame {@code frameId}
     */
    public FramePack builtInFrame(Optional<String> frameId) {
        return builtIn(FrameSelection.one(frameId));
    }

    private FramePack builtIn(FrameSelection selection) {
        Problems problems = new Problems();
        PackFiles files = new ClasspathFiles(PackLoader.class, SAMPLE_FOLDER,
                new ByteBudget(limits.maxTotalBytes()));
        Optional<FramePack> pack = fromManifest(files, BUILT_IN_ORIGIN, problems, selection);
        if (!problems.isEmpty()) {
            throw new PackException(Path.of(SAMPLE_FOLDER), problems.list());
        }
        return pack.orElseThrow();
    }

    private Outcome read(Path source, FrameSelection selection) {
        Objects.requireNonNull(source, "source");
        if (!Files.exists(source)) {
            throw new BadInputException(source, Msg.of("pack.error.missing"));
        }
        if (Files.isDirectory(source)) {
            return folder(source, selection);
        }
        if (!Files.isRegularFile(source)) {
            throw new BadInputException(source, Msg.of("pack.error.notAPack"));
        }
        if (source.getFileName().toString().equals(MANIFEST)) {
            return folder(source.toAbsolutePath().getParent(), selection);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(source)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new BadInputException(source, Msg.of("pack.error.unreadable", String.valueOf(e.getMessage())), e);
        }
        return switch (Sniff.of(head)) {
            case ZIP -> zip(source, selection);
            case PNG -> twibbon(source, selection);
            default -> throw new BadInputException(source, Msg.of("pack.error.notAPack"));
        };
    }

    private Outcome folder(Path root, FrameSelection selection) {
        Problems problems = new Problems();
        FolderFiles files;
        try {
            files = new FolderFiles(root, new ByteBudget(limits.maxTotalBytes()));
        } catch (UncheckedIOException e) {
            throw new BadInputException(root, Msg.of("pack.error.unreadable", String.valueOf(e.getMessage())), e);
        }
        return new Outcome(fromManifest(files, root.toString(), problems, selection), problems.list(), List.of());
    }

    private Outcome zip(Path source, FrameSelection selection) {
        Problems problems = new Problems();
        String zipName = source.getFileName().toString();
        try (ZipFile zip = new ZipFile(source.toFile())) {
            Optional<FramePack> pack = ZipIndex.of(zip, zipName, limits, problems).flatMap(index -> fromManifest(
                    new ZipFiles(zip, index, limits, new ByteBudget(limits.maxTotalBytes())), source.toString(),
                    problems, selection));
            return new Outcome(pack, problems.list(), List.of());
        } catch (IOException e) {
            problems.add(zipName, "", "pack.problem.zip.broken");
            return new Outcome(Optional.empty(), problems.list(), List.of());
        }
    }

    private Outcome twibbon(Path source, FrameSelection selection) {
        Problems problems = new Problems();
        String name = source.getFileName().toString();
        Optional<byte[]> bytes;
        try (InputStream in = Files.newInputStream(source)) {
            bytes = BoundedRead.readAll(in, limits.maxEntryBytes());
        } catch (IOException e) {
            throw new BadInputException(source, Msg.of("pack.error.unreadable", String.valueOf(e.getMessage())), e);
        }
        if (bytes.isEmpty()) {
            problems.add(name, "", "pack.problem.file.tooBig", BoundedRead.describe(limits.maxEntryBytes()));
            return new Outcome(Optional.empty(), problems.list(), List.of());
        }
        Problems warnings = new Problems();
        Optional<FramePack> pack = new TwibbonReader(decoder).read(bytes.get(), name, source.toString(), problems,
                warnings).map(selection::narrow);
        return new Outcome(pack, problems.list(), warnings.list());
    }

    /** Reads, decodes, parses and converts the manifest; the converter reads the files it names. */
    private Optional<FramePack> fromManifest(PackFiles files, String origin, Problems problems,
            FrameSelection selection) {
        PackFiles.Lookup lookup = files.find(MANIFEST, limits.maxManifestBytes());
        if (lookup instanceof PackFiles.Lookup.Refused refused) {
            boolean missing = refused.reason().key().equals("pack.problem.file.missing");
            problems.add(MANIFEST, "", missing ? Msg.of("pack.problem.manifest.missing") : refused.reason());
            return Optional.empty();
        }
        byte[] bytes = ((PackFiles.Lookup.Found) lookup).bytes();
        AssetReader assets = new AssetReader(files, decoder, limits, problems);
        return Utf8Text.decode(bytes, MANIFEST, problems)
                .flatMap(text -> StrictJson.parse(text, MANIFEST, limits.maxJsonDepth(), problems))
                .flatMap(root -> new ManifestConverter(assets, limits, problems, selection).convert(root, origin));
    }

    private record Outcome(Optional<FramePack> pack, List<Problem> problems, List<Problem> warnings) {
    }
}
