// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.RefusedException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.pack.UnknownFrameException;
import id.bingkai.core.io.project.ProjectFiles;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoPlaces;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.TextField;
import id.bingkai.wiring.Services;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What {@code render} and {@code check} share: the pack, the frame, the photos (one per place, in the frame's
 * order), their placement, the texts and the output width. Builds the same document the editor would hold.
 */
final class DocumentOptions {
    static final int MIN_WIDTH = 16;
    static final int MAX_WIDTH = 20_000;

    @Mixin
    PackOption packOption = new PackOption();

    @Mixin
    PlacementOptions placement = new PlacementOptions();

    /** One photo per place of the frame, in the frame's order. */
    @Option(names = "--photo", paramLabel = "IMG", descriptionKey = "cli.render.option.photo")
    List<Path> photos = new ArrayList<>();

    @Option(names = "--project", paramLabel = "FILE.bingkai", descriptionKey = "cli.option.project")
    Path project;

    @Option(names = {"-f", "--frame"}, paramLabel = "ID", descriptionKey = "cli.render.option.frame")
    String frameId;

    @Option(names = {"-t", "--text"}, paramLabel = "KEY=VALUE", descriptionKey = "cli.render.option.text")
    Map<String, String> texts = new LinkedHashMap<>();

    @Option(names = {"-w", "--width"}, paramLabel = "N", descriptionKey = "cli.render.option.width")
    Integer width;

    @Mixin
    AgencyLogoOption agencyLogo = new AgencyLogoOption();

    /** Checks the plain values before any file is read. */
    void validate(Services services, CommandSpec spec) {
        if (photos.isEmpty() == (project == null)) {
            throw usage(services, spec, "cli.error.photo-or-project");
        }
        if (project != null && (frameId != null || !texts.isEmpty() || packOption.pack != null
                || placement.isSet())) {
            throw usage(services, spec, "cli.error.project-alone");
        }
        if (width != null && (width < MIN_WIDTH || width > MAX_WIDTH)) {
            throw usage(services, spec, "cli.render.error.width", width, MIN_WIDTH, MAX_WIDTH);
        }
    }

    /**
     * Loads the pack and the photo headers and builds the document (or opens the project). Like the editor, refuses
     * a document with a photo place left empty, naming the place.
     */
    Document document(Services services, Console console, CommandSpec spec) {
        if (project != null) {
            Document doc = openProject(services, console);
            PhotoPlaces.firstEmpty(doc).ifPresent(slot -> {
                throw new BadInputException(project, Msg.of("cli.error.empty-place.project",
                        PhotoPlaces.placeName(doc.frame(), slot)));
            });
            return agencyLogo.apply(doc, services, console);
        }
        FramePack pack = packOption.loadFrame(services, console, frameId, spec);
        Frame frame = PackOption.frame(pack);
        List<PhotoSlot> slots = frame.slots();
        if (photos.size() > slots.size()) {
            throw usage(services, spec, "cli.error.too-many-photos", photos.size(), frame.id(), slots.size());
        }
        if (photos.size() < slots.size()) {
            throw new RefusedException(Msg.of("cli.error.empty-place",
                    PhotoPlaces.placeName(frame, slots.get(photos.size())), frame.id(), slots.size()));
        }
        Document doc = Document.of(pack, frame);
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            TextField field = frame.fields().stream().filter(f -> f.key().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> usage(services, spec, "cli.render.error.field", entry.getKey(), frame.id(),
                            String.join(", ", frame.fields().stream().map(TextField::key).toList())));
            if (entry.getValue().length() > field.maxLength()) {
                throw usage(services, spec, "cli.render.error.field-length", field.key(), field.maxLength());
            }
            doc = doc.withText(entry.getKey(), entry.getValue());
        }
        Placement where = placement.toPlacement(spec);
        for (int i = 0; i < slots.size(); i++) {
            doc = doc.withPhoto(slots.get(i).id(), new PlacedPhoto(services.images().ref(photos.get(i)), where));
        }
        return agencyLogo.apply(doc, services, console);
    }

    /**
     * Opens the project with only the frame it names loaded, from the built-in pack or the pack it came from (as
     * {@code --frame} does). A built-in pack without that frame is loaded whole (the project may be of another
     * pack); the project's own pack without it is the project's message naming the frame and the pack.
     */
    private Document openProject(Services services, Console console) {
        ProjectFiles.Opened opened;
        try {
            String frameId = ProjectFiles.frameId(project);
            ProjectFiles files = new ProjectFiles(services.images()::ref, pack -> {
                try {
                    return services.packs().openFrame(pack, Optional.of(frameId)).pack();
                } catch (UnknownFrameException e) {
                    throw new BadInputException(project, Msg.of("project.error.frame", frameId, e.packId()), e);
                }
            });
            FramePack builtIn;
            try {
                builtIn = services.packs().builtInFrame(Optional.of(frameId));
            } catch (UnknownFrameException e) {
                builtIn = services.packs().builtIn();
            }
            opened = files.open(project, List.of(new ProjectFiles.KnownPack(builtIn, true)));
        } catch (IOException e) {
            throw new BadInputException(project, Msg.of("project.error.read", String.valueOf(e.getMessage())), e);
        }
        opened.warnings().forEach(w -> console.err().println(services.messages().format(w)));
        return opened.document();
    }

    /** The output width: {@code --width}, else the frame's design width. */
    int width(Frame frame) {
        return width == null ? frame.canvas().width() : width;
    }

    static ParameterException usage(Services services, CommandSpec spec, String key, Object... args) {
        return new ParameterException(spec.commandLine(), services.messages().get(key, args));
    }
}
