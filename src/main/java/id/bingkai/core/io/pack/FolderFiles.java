// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A pack in a folder. Links are refused at every step of a path (a pack that points outside itself could
 * read any file of the user), and the real path must stay inside the folder, which also catches Windows junctions.
 */
final class FolderFiles implements PackFiles {
    private final Path root;
    private final Path realRoot;
    private final ByteBudget budget;

    FolderFiles(Path root, ByteBudget budget) {
        this.root = root;
        this.budget = budget;
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Lookup find(String path, long maxBytes) {
        try {
            Path file = root;
            for (String segment : path.split("/")) {
                file = file.resolve(segment);
                if (Files.isSymbolicLink(file)) {
                    return Lookup.refused("pack.problem.path.link");
                }
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return Lookup.refused("pack.problem.file.notFile");
            }
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) {
                return Lookup.refused("pack.problem.path.link");
            }
            String actual = realRoot.relativize(real).toString().replace(real.getFileSystem().getSeparator(), "/");
            if (!actual.equals(path)) {
                return Lookup.refused("pack.problem.file.case", actual);
            }
            if (attributes.size() > maxBytes) {
                return Lookup.refused("pack.problem.file.tooBig", BoundedRead.describe(maxBytes));
            }
            Optional<byte[]> bytes;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = BoundedRead.readAll(in, maxBytes);
            }
            if (bytes.isEmpty()) {
                return Lookup.refused("pack.problem.file.tooBig", BoundedRead.describe(maxBytes));
            }
            if (!budget.take(bytes.get().length)) {
                return Lookup.refused("pack.problem.pack.tooBig", BoundedRead.describe(budget.max()));
            }
            return new Lookup.Found(bytes.get());
        } catch (NoSuchFileException e) {
            return Lookup.refused("pack.problem.file.missing");
        } catch (IOException e) {
            return Lookup.refused("pack.problem.file.unreadable", String.valueOf(e.getMessage()));
        }
    }
}
