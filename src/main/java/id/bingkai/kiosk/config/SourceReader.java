// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import com.google.gson.JsonElement;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.json.JsonFields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code "source"}: its allowed fields depend on its {@code type}. */
final class SourceReader {
    private static final List<String> TYPES = List.of("webcam", "folder", "phone", "replay");
    private final Paths paths;

    SourceReader(Paths paths) {
        this.paths = paths;
    }

    Optional<SourceConfig> read(JsonFields top) {
        Optional<JsonElement> raw = top.raw("source", true);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String type = raw.get().isJsonObject() && raw.get().getAsJsonObject().get("type") != null
                && raw.get().getAsJsonObject().get("type").isJsonPrimitive()
                ? raw.get().getAsJsonObject().get("type").getAsString() : "";
        Set<String> allowed = switch (type) {
            case "webcam" -> Set.of("type", "device", "countdown");
            case "folder" -> Set.of("type", "path", "archive");
            case "phone" -> Set.of("type", "address", "port");
            case "replay" -> Set.of("type", "files");
            default -> Set.of("type");
        };
        return top.object("source", true, allowed).flatMap(source -> {
            Optional<String> chosen = source.choice("type", true, TYPES);
            return chosen.flatMap(t -> switch (t) {
                case "webcam" -> webcam(source);
                case "folder" -> folder(source);
                case "phone" -> phone(source);
                default -> replay(source);
            });
        });
    }

    private Optional<SourceConfig> webcam(JsonFields f) {
        Optional<String> device = f.text("device", false, 200);
        if (f.has("device") && device.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> countdown = f.integer("countdown", false, 0, 10);
        if (f.has("countdown") && countdown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SourceConfig.Webcam(device, countdown.orElse(3)));
    }

    private Optional<SourceConfig> folder(JsonFields f) {
        Optional<Path> path = f.string("path", true).flatMap(s -> paths.resolve(f.path("path"), s));
        Optional<Path> archive = f.string("archive", false).flatMap(s -> paths.resolve(f.path("archive"), s));
        if (path.isEmpty() || f.has("archive") && archive.isEmpty()) {
            return Optional.empty();
        }
        if (archive.isPresent() && (archive.get().startsWith(path.get()) || path.get().startsWith(archive.get()))) {
            f.problem("archive", "kiosk.config.archiveInsideFolder");
            return Optional.empty();
        }
        return Optional.of(new SourceConfig.Folder(path.get(), archive));
    }

    private Optional<SourceConfig> phone(JsonFields f) {
        if (!f.has("address") && !f.has("port")) {
            return Optional.of(new SourceConfig.Phone(Optional.empty()));
        }
        return HandoffReader.server(f).map(s -> new SourceConfig.Phone(Optional.of(s)));
    }

    private Optional<SourceConfig> replay(JsonFields f) {
        List<Path> files = new ArrayList<>();
        f.array("files", true).ifPresent(array -> {
            for (int i = 0; i < array.size(); i++) {
                JsonElement e = array.get(i);
                String at = f.path("files") + "[" + i + "]";
                if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
                    paths.resolve(at, e.getAsString()).ifPresent(files::add);
                } else {
                    f.problemAt(at, "pack.problem.wrongType", Msg.of("pack.problem.type.string"));
                }
            }
            if (array.isEmpty()) {
                f.problem("files", "kiosk.config.noFiles");
            }
        });
        return files.isEmpty() ? Optional.empty() : Optional.of(new SourceConfig.Replay(files));
    }
}
