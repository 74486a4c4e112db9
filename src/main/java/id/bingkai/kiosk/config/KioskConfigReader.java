// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.json.JsonFields;
import id.bingkai.core.io.json.StrictJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code kiosk.json} (docs/kiosk.md) into a validated {@link KioskConfig}, or throws a {@link
 * KioskConfigException} naming every problem (file, JSON path, reason). Unknown fields are refused: a typo in a
 * config that runs unattended all day must not silently fall back to a default. Relative paths are resolved
 * against the config file's folder.
 */
public final class KioskConfigReader {
    /** A config is a few hundred bytes; anything near this is not one. */
    static final long MAX_BYTES = 256 * 1024;
    /** How deep a config may nest; the format needs three levels. */
    static final int MAX_DEPTH = 8;
    private static final Set<String> TOP = Set.of("pack", "frames", "source", "auto", "handoff", "adminPin", "idle",
            "language", "orientation", "rotation");
    private static final Set<String> IDLE = Set.of("screen", "handoff", "countdown");

    /** Reads and validates the file. */
    public KioskConfig read(Path file) {
        String text = text(file);
        return parse(text, file);
    }

    /** Validates config text; {@code file} names it in problems and anchors relative paths. */
    public KioskConfig parse(String text, Path file) {
        ConfigProblems problems = new ConfigProblems(String.valueOf(file.getFileName()));
        Optional<KioskConfig> config = StrictJson.parse(text, problems.file(), MAX_DEPTH, problems)
                .flatMap(root -> convert(root, file.toAbsolutePath().getParent(), problems));
        if (!problems.isEmpty() || config.isEmpty()) {
            throw new KioskConfigException(file, problems.isEmpty()
                    ? List.of(new id.bingkai.core.error.Problem(String.valueOf(file.getFileName()), "",
                            Msg.of("json.problem.notObject")))
                    : problems.list());
        }
        return config.get();
    }

    private static Optional<KioskConfig> convert(JsonObject root, Path base, ConfigProblems problems) {
        JsonFields top = JsonFields.of(root, problems.file(), "", problems, TOP).orElseThrow();
        Paths paths = new Paths(base, problems);
        Optional<Path> pack = top.string("pack", false).flatMap(s -> paths.resolve(top.path("pack"), s));
        List<String> frames = frames(top);
        Optional<SourceConfig> source = new SourceReader(paths).read(top);
        boolean auto = top.bool("auto").orElse(false);
        Optional<HandoffConfig> handoff = new HandoffReader(paths).read(top);
        Optional<PinHash> pin = top.string("adminPin", true).flatMap(s -> {
            try {
                return Optional.of(PinHash.parse(s));
            } catch (IllegalArgumentException e) {
                top.problem("adminPin", "kiosk.config.adminPin");
                return Optional.empty();
            }
        });
        Optional<IdleConfig> idle = idle(top);
        String language = top.choice("language", false, List.of("id", "en")).orElse("id");
        String orientation = top.choice("orientation", false, List.of("auto", "portrait", "landscape")).orElse("auto");
        int rotation = rotation(top, orientation);
        if (source.isPresent() && handoff.isPresent() && source.get() instanceof SourceConfig.Phone phone
                && phone.server().isEmpty() && handoff.get().qr().isEmpty()) {
            problems.add("source", "kiosk.config.phoneNeedsAddress");
        }
        if (!problems.isEmpty() || source.isEmpty() || handoff.isEmpty() || pin.isEmpty() || idle.isEmpty()) {
            return Optional.empty();
        }
        return top.build("", () -> new KioskConfig(pack, frames, source.get(), auto, handoff.get(), pin.get(),
                idle.get(), KioskConfig.Language.valueOf(language.toUpperCase(Locale.ROOT)),
                KioskConfig.Orientation.valueOf(orientation.toUpperCase(Locale.ROOT)), rotation));
    }

    /** 90 or 270 (default 90); only meaningful with a fixed orientation, so with "auto" it is a mistake. */
    private static int rotation(JsonFields top, String orientation) {
        if (!top.has("rotation")) {
            return 90;
        }
        Optional<Integer> rotation = top.integer("rotation", false, 0, 360);
        if (rotation.isPresent() && rotation.get() != 90 && rotation.get() != 270) {
            top.problem("rotation", "kiosk.config.rotation");
        } else if (rotation.isPresent() && orientation.equals("auto")) {
            top.problem("rotation", "kiosk.config.rotationWithoutOrientation");
        }
        return rotation.filter(r -> r == 270).orElse(90);
    }

    private static List<String> frames(JsonFields top) {
        List<String> frames = new ArrayList<>();
        top.array("frames", false).ifPresent(array -> {
            for (int i = 0; i < array.size(); i++) {
                JsonElement e = array.get(i);
                String at = top.path("frames") + "[" + i + "]";
                if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
                    top.problemAt(at, "pack.problem.wrongType", Msg.of("pack.problem.type.string"));
                } else if (frames.contains(e.getAsString())) {
                    top.problemAt(at, "kiosk.config.frameTwice", e.getAsString());
                } else {
                    frames.add(e.getAsString());
                }
            }
        });
        return frames;
    }

    private static Optional<IdleConfig> idle(JsonFields top) {
        if (!top.has("idle")) {
            return Optional.of(IdleConfig.DEFAULT);
        }
        return top.object("idle", false, IDLE).flatMap(idle -> {
            Optional<Integer> screen = idle.integer("screen", false, 10, 3600);
            Optional<Integer> handoff = idle.integer("handoff", false, 10, 3600);
            Optional<Integer> countdown = idle.integer("countdown", false, 1, 60);
            if (idle.has("screen") && screen.isEmpty() || idle.has("handoff") && handoff.isEmpty()
                    || idle.has("countdown") && countdown.isEmpty()) {
                return Optional.empty();
            }
            IdleConfig d = IdleConfig.DEFAULT;
            int s = screen.orElse(d.screen());
            int h = handoff.orElse(d.handoff());
            int c = countdown.orElse(d.countdown());
            if (c >= Math.min(s, h)) {
                idle.problem("countdown", "kiosk.config.countdownTooLong");
                return Optional.empty();
            }
            return Optional.of(new IdleConfig(s, h, c));
        });
    }

    private static String text(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file, Msg.of("kiosk.config.error.notAFile"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(file, Msg.of("kiosk.config.error.tooLarge", MAX_BYTES / 1024));
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, Msg.of("pack.error.missing"), e);
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, Msg.of("kiosk.config.error.notUtf8"), e);
        } catch (IOException e) {
            throw new BadInputException(file, Msg.of("pack.error.unreadable", String.valueOf(e.getMessage())), e);
        }
    }
}
