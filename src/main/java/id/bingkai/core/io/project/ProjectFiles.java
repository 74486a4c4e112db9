// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.project;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Saves and opens {@code .bingkai} projects: finds the pack among the user's packs and the photo on disk. */
public final class ProjectFiles {
    private final Function<Path, PhotoRef> photos;
    private final Function<Path, FramePack> packs;

    /** A pack the user has, so a project finds it by id; {@code builtIn} for the sample set. */
    public record KnownPack(FramePack pack, boolean builtIn) {
        public KnownPack {
            Objects.requireNonNull(pack);
        }
    }

    /** An opened project; warnings say what could not be restored (e.g. a photo that was moved). */
    public record Opened(Document document, List<Msg> warnings) {
        public Opened {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param photos reads a photo's header (ImageLoader::ref)
     * @param packs  loads a pack from where the project says it came from (PackLoader::load)
     */
    public ProjectFiles(Function<Path, PhotoRef> photos, Function<Path, FramePack> packs) {
        this.photos = Objects.requireNonNull(photos);
        this.packs = Objects.requireNonNull(packs);
    }

    public void save(Document doc, boolean builtInPack, Path file) throws IOException {
        new AtomicFiles().writeString(file, ProjectCodec.toJson(doc, builtInPack, file));
    }

    /**
     * The id of the frame a project file names, read without finding its pack or photos, so that a command can load
     * that frame of the pack alone.
     *
     * @throws BadInputException when the file is not a project
     */
    public static String frameId(Path file) throws IOException {
        return ProjectCodec.parse(ProjectText.read(file), file).frameId();
    }

    public Opened open(Path file, List<KnownPack> known) throws IOException {
        ProjectData data = ProjectCodec.parse(ProjectText.read(file), file);
        FramePack pack = findPack(data, known, file);
        Frame frame = pack.frame(data.frameId()).orElseThrow(() -> new BadInputException(file,
                Msg.of("project.error.frame", data.frameId(), pack.id())));
        Document doc = Document.of(pack, frame);
        for (Map.Entry<String, String> t : data.texts().entrySet()) {
            boolean tooLong = frame.fields().stream()
                    .anyMatch(f -> f.key().equals(t.getKey()) && t.getValue().length() > f.maxLength());
            if (tooLong) {
                throw new BadInputException(file, Msg.of("project.error.field", "texts." + t.getKey()));
            }
            doc = doc.withText(t.getKey(), t.getValue());
        }
        doc = doc.withPhotoInFront(data.photoInFront());
        List<Msg> warnings = new ArrayList<>();
        doc = place(doc, frame.primarySlot().id(), data.photoPath(), data.photoRelative(), data.placement(), file,
                warnings);
        for (Map.Entry<String, ProjectData.SlotPhoto> s : data.otherSlots().entrySet()) {
            // A slot the frame no longer has (the pack changed since) is left out, like an unknown text field.
            if (frame.slot(s.getKey()).isPresent() && !s.getKey().equals(frame.primarySlot().id())) {
                ProjectData.SlotPhoto slot = s.getValue();
                doc = place(doc, s.getKey(), Optional.of(slot.path()), slot.relative(), slot.placement(), file,
                        warnings);
            }
        }
        return new Opened(doc, warnings);
    }

    /** Puts one slot's photo back, or adds a warning saying why it could not be. */
    private Document place(Document doc, String slotId, Optional<Path> path, Optional<String> relative,
            Placement placement, Path file, List<Msg> warnings) {
        if (NetworkPaths.any(path.map(Path::toString), relative)) {
            warnings.add(Msg.of("project.warning.photo-network", path.map(Path::toString).or(() -> relative)
                    .orElse("")));
            return doc;
        }
        Optional<Path> photo = findPhoto(path, relative, file);
        if (photo.isPresent()) {
            try {
                PhotoRef ref = photos.apply(photo.get());
                return doc.withPhoto(slotId, new PlacedPhoto(ref, placement));
            } catch (BadInputException e) {
                warnings.add(e.userMessage());
            }
        } else if (path.isPresent()) {
            warnings.add(Msg.of("project.warning.photo-missing", path.get()));
        }
        return doc;
    }

    private FramePack findPack(ProjectData data, List<KnownPack> known, Path file) {
        List<KnownPack> sameId = known.stream().filter(e -> e.pack().id().equals(data.packId()))
                .sorted(Comparator.comparing(e -> e.builtIn() == data.packOrigin().isPresent())).toList();
        if (!sameId.isEmpty()) {
            return sameId.getFirst().pack();
        }
        if (NetworkPaths.any(data.packOrigin().map(Path::toString))) {
            throw new BadInputException(file, Msg.of("project.error.network", data.packOrigin().get()));
        }
        if (data.packOrigin().isPresent() && Files.exists(data.packOrigin().get())) {
            return packs.apply(data.packOrigin().get());
        }
        throw new BadInputException(file, Msg.of("project.error.pack", data.packId()));
    }

    private static Optional<Path> findPhoto(Optional<Path> path, Optional<String> relative, Path file) {
        if (relative.isPresent()) {
            Path dir = file.toAbsolutePath().getParent();
            try {
                Path rel = dir.resolve(relative.get()).normalize();
                if (Files.isRegularFile(rel)) {
                    return Optional.of(rel);
                }
            } catch (java.nio.file.InvalidPathException ignored) {
                // fall back to the absolute path
            }
        }
        return path.filter(Files::isRegularFile);
    }
}
