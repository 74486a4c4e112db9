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
 * @param bytes  the file content when the input is a single file (used as a fuzz seed); empty for folders and
 *               special files
 * @param maker  writes the input into an empty folder and returns the path to hand to the readers
 * @param expect the outcome the readers must agree on
 */
record HostileCase(String name, Kind kind, Optional<byte[]> bytes, Maker maker, Expect expect) {
    enum Kind { PHOTO, PACK }

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
        return new HostileCase(name, Kind.PHOTO, Optional.of(content),
                dir -> Files.write(dir.resolve(fileName), content), expect);
    }

    static HostileCase photo(String name, Maker maker, Expect expect) {
        return new HostileCase(name, Kind.PHOTO, Optional.empty(), maker, expect);
    }

    /** A pack in one file (a zip or a twibbon PNG). */
    static HostileCase packFile(String name, String fileName, byte[] content, Expect expect) {
        return new HostileCase(name, Kind.PACK, Optional.of(content),
                dir -> Files.write(dir.resolve(fileName), content), expect);
    }

    /** A pack folder with these files (paths relative to the folder, {@code /}-separated). */
    static HostileCase packFolder(String name, String folderName, Map<String, byte[]> files, Expect expect) {
        return new HostileCase(name, Kind.PACK, Optional.empty(), dir -> {
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
