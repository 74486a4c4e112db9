// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.packs;

import id.bingkai.app.common.UserErrors;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.pack.LoadedPack;
import id.bingkai.core.io.project.ProjectFiles;
import id.bingkai.core.model.FramePack;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The frame packs the user has: the built-in sample set and every imported pack. Importing copies the pack
 * (folder, .zip or twibbon .png) into the data folder, so it survives restarts even when the download is
 * deleted; the folder listing is the registry. Re-importing a pack with the same id replaces the old copy.
 * All methods do file I/O: call them off the FX thread.
 */
public final class PackLibrary {
    private final Path folder;
    private final PackSource source;

    /** A pack and where its copy lives (empty for the built-in set). */
    /** The packs as a project file looks them up. */
    public static List<ProjectFiles.KnownPack> known(List<Entry> entries) {
        return entries.stream().map(e -> new ProjectFiles.KnownPack(e.pack(), e.builtIn())).toList();
    }

    /** ... and, just after an import, the pack's warnings (a twibbon hole too small for a photo). */
    public record Entry(FramePack pack, Optional<Path> stored, List<Problem> warnings) {
        public Entry {
            Objects.requireNonNull(pack);
            Objects.requireNonNull(stored);
            warnings = List.copyOf(warnings);
        }

        public Entry(FramePack pack, Optional<Path> stored) {
            this(pack, stored, List.of());
        }

        public boolean builtIn() {
            return stored.isEmpty();
        }
    }

    /** A stored pack that no longer loads (e.g. written by a newer Bingkai); the rest still open. */
    public record Failure(Path stored, Msg reason) {
    }

    public record Contents(List<Entry> entries, List<Failure> failures) {
        public Contents {
            entries = List.copyOf(entries);
            failures = List.copyOf(failures);
        }
    }

    public PackLibrary(Path folder, PackSource source) {
        this.folder = Objects.requireNonNull(folder);
        this.source = Objects.requireNonNull(source);
    }

    /** The built-in set first, then the imported packs in name order. */
    public Contents loadAll() {
        List<Entry> entries = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        entries.add(new Entry(source.builtIn(), Optional.empty()));
        for (Path stored : storedPacks()) {
            try {
                entries.add(new Entry(source.load(stored), Optional.of(stored)));
            } catch (RuntimeException e) {
                failures.add(new Failure(stored, UserErrors.describe(e)));
            }
        }
        return new Contents(entries, failures);
    }

    /** Validates the pack where it is, then copies it in and loads the copy. */
    public Entry importPack(Path from) throws IOException {
        LoadedPack checked = source.open(from);
        FramePack pack = checked.pack();
        Files.createDirectories(folder);
        for (Path stored : storedPacks()) {
            if (sameId(stored, pack.id())) {
                delete(stored);
            }
        }
        Path target = folder.resolve(storedName(pack.id(), from));
        Path tmp = folder.resolve(".import-" + System.nanoTime());
        try {
            copy(from, tmp);
            delete(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            delete(tmp);
        }
        return new Entry(source.load(target), Optional.of(target), checked.warnings());
    }

    public void remove(Entry entry) throws IOException {
        if (entry.stored().isPresent()) {
            delete(entry.stored().get());
        }
    }

    private boolean sameId(Path stored, String id) {
        String name = stored.getFileName().toString();
        String base = name.contains(".") && !Files.isDirectory(stored) ? name.substring(0, name.lastIndexOf('.'))
                : name;
        return base.equals(id);
    }

    private static String storedName(String id, Path from) {
        if (Files.isDirectory(from)) {
            return id;
        }
        String name = from.getFileName().toString().toLowerCase(Locale.ROOT);
        return id + (name.endsWith(".zip") ? ".zip" : name.endsWith(".png") ? ".png" : "");
    }

    private List<Path> storedPacks() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Copies regular files only; links are not followed (a pack is plain files). */
    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        } else {
            Files.delete(path);
        }
    }
}
