// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** A pack shipped inside the program, read through a class loader from a resource folder. */
final class ClasspathFiles implements PackFiles {
    private final ClassLoader loader;
    private final String folder;
    private final ByteBudget budget;

    /** @param folder resource folder ending in "/", such as {@code id/bingkai/core/sample/} */
    ClasspathFiles(ClassLoader loader, String folder, ByteBudget budget) {
        this.loader = loader;
        this.folder = folder;
        this.budget = budget;
    }

    @Override
    public Lookup find(String path, long maxBytes) {
        try (InputStream in = loader.getResourceAsStream(folder + path)) {
            if (in == null) {
                return Lookup.refused("pack.problem.file.missing");
            }
            Optional<byte[]> bytes = BoundedRead.readAll(in, maxBytes);
            if (bytes.isEmpty()) {
                return Lookup.refused("pack.problem.file.tooBig", BoundedRead.describe(maxBytes));
            }
            if (!budget.take(bytes.get().length)) {
                return Lookup.refused("pack.problem.pack.tooBig", BoundedRead.describe(budget.max()));
            }
            return new Lookup.Found(bytes.get());
        } catch (IOException e) {
            return Lookup.refused("pack.problem.file.unreadable", String.valueOf(e.getMessage()));
        }
    }
}
