// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A pack shipped inside the program, read as resources of the program's own module (through a class of it, so
 * this keeps working once Bingkai runs as a named module, where class loader lookups cannot see its packages).
 */
final class ClasspathFiles implements PackFiles {
    private final Class<?> anchor;
    private final String folder;
    private final ByteBudget budget;

    /**
     * @param anchor a class of the module holding the resources
     * @param folder resource folder ending in "/", such as {@code id/bingkai/core/sample/}
     */
    ClasspathFiles(Class<?> anchor, String folder, ByteBudget budget) {
        this.anchor = anchor;
        this.folder = folder;
        this.budget = budget;
    }

    @Override
    public Lookup find(String path, long maxBytes) {
        try (InputStream in = anchor.getResourceAsStream("/" + folder + path)) {
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
