// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One hostile input and what must happen to it.
 *
 * @param name   unique, file-name safe; also the seed file name for the fuzz tests
 * @param kind   what the input is offered as: a photo or a frame pack
 * @param seed   the bytes a fuzz test starts from, and which fuzz test; empty for special files
 * @param maker  writes the input into an empty folder and returns the path to hand to the readers
 * @param expect the outcome the readers must agree on
 */
record HostileCase(String name, Kind kind, Optional<Seed> seed, Maker maker, Expect expect) {
    enum Kind { PHOTO, PACK, PROJECT }

    /** The part of a case a fuzz test feeds on: a whole photo or pack file, a manifest, an SVG layer, a project. */
    enum Target { IMAGE, PACK_FILE, MANIFEST, SVG, PROJECT }

    record Seed(Target target, byte[] bytes) {
    }

    /** Creates the input on disk. */
    @FunctionalInterface
    interface Maker {
        Path make(Path emptyFolder) throws IOException;
    }

    HostileCase {
        Objects.requireNonNull(name);
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("case names are lower-case words with dashes: " + name);
        }
    }

    /** A photo given as a file with this name and content. */
    static HostileCase photo(String name, String fileName, byte[] content, Expect expect) {
        return new HostileCase(name, Kind.PHOTO, Optional.of(new Seed(Target.IMAGE, content)),
                dir -> Files.write(dir.resolve(fileName), content), expect);
    }

    static HostileCase photo(String name, Maker maker, Expect expect) {
        return new HostileCase(name, Kind.PHOTO, Optional.empty(), maker, expect);
    }

    /** A pack in one file (a zip or a twibbon PNG). */
    static HostileCase packFile(String name, String fileName, byte[] content, Expect expect) {
        return new HostileCase(name, Kind.PACK, Optional.of(new Seed(Target.PACK_FILE, content)),
                dir -> Files.write(dir.resolve(fileName), content), expect);
    }

    /**
     * A pack folder with these files (paths relative to the folder, {@code /}-separated); {@code seed} names the
     * file that makes the case.
     */
    static HostileCase packFolder(String name, String folderName, Map<String, byte[]> files, Optional<Seed> seed,
            Expect expect) {
        return new HostileCase(name, Kind.PACK, seed, dir -> {
            Path root = Files.createDirectories(dir.resolve(folderName));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return root;
        }, expect);
    }

    static HostileCase pack(String name, Maker maker, Expect expect) {
        return new HostileCase(name, Kind.PACK, Optional.empty(), maker, expect);
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * What the end-to-end readers must do: open the input, refuse it with one of the given reasons (message keys of
     * a BadInputException reason or of at least one pack problem), or, for inputs where either is fine, one of both.
     */
    record Expect(boolean mayOpen, Set<String> keys) {
        static Expect opens() {
            return new Expect(true, Set.of());
        }

        static Expect refused(String... keys) {
            if (keys.length == 0) {
                throw new IllegalArgumentException("name the reasons a refusal may give");
            }
            return new Expect(false, Set.of(keys));
        }

        /** Opening is fine, and so is a refusal for one of these reasons (a damaged file the decoder tolerates). */
        static Expect opensOr(String... keys) {
            return new Expect(true, Set.of(keys));
        }

        boolean mayRefuse() {
            return !keys.isEmpty();
        }

        @Override
        public String toString() {
            return (mayOpen ? "opens" : "") + (mayOpen && mayRefuse() ? " or " : "")
                    + (mayRefuse() ? "refused " + keys : "");
        }
    }
}
