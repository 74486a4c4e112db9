// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.logo;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.pack.AgencyLogoReader;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.model.AgencyLogo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Remembers the agency logo the officer picked once: a copy under its own name in the data folder
 * ({@code logo-instansi/}), so it survives the original being moved or deleted. The folder holds that one file; the
 * copy is validated again (by content) when read.
 * Blocking file work: call from the background.
 */
public final class AgencyLogoStore {
    private final Path folder;
    private final Function<Path, AgencyLogo> reader;
    private final AtomicFiles files;

    /**
     * @param folder where the copy is kept ({@code DataFolder.agencyLogo()})
     * @param reader reads and checks a logo file (PNG or SVG by content), throwing {@link BadInputException}
     */
    public AgencyLogoStore(Path folder, Function<Path, AgencyLogo> reader, AtomicFiles files) {
        this.folder = Objects.requireNonNull(folder);
        this.reader = Objects.requireNonNull(reader);
        this.files = Objects.requireNonNull(files);
    }

    /** A store reading logos with the pack limits and the pixel budget every image gets. */
    public static AgencyLogoStore of(Path folder) {
        AgencyLogoReader reader = new AgencyLogoReader(new ImageLoader(PixelBudget.DEFAULT, Optional.empty()),
                PackLimits.DEFAULT);
        return new AgencyLogoStore(folder, reader::read, new AtomicFiles());
    }

    /** The remembered logo, empty when none was picked. A damaged copy throws, naming it. */
    public Optional<AgencyLogo> load() {
        Optional<Path> copy = copy();
        return copy.map(reader);
    }

    /** The kept copy's path, if a logo is remembered. */
    public Optional<Path> copy() {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().findFirst();
        } catch (IOException e) {
            throw new BadInputException(folder, Msg.of("image.error.unreadable"), e);
        }
    }

    /**
     * Checks the picked file, then keeps a copy of its bytes in place of any earlier logo. A file that cannot be
     * used throws before anything is replaced; the earlier logo stays.
     */
    public AgencyLogo remember(Path picked) {
        reader.apply(picked);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(picked);
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BadInputException(picked, Msg.of("image.error.unreadable"), e);
        }
        Path target = folder.resolve(picked.getFileName().toString());
        files.write(target, true, out -> out.write(bytes));
        deleteOthers(target);
        return reader.apply(target);
    }

    /** Forgets the logo: the copy is deleted (the officer's original is never touched). */
    public void forget() {
        deleteOthers(null);
    }

    private void deleteOthers(Path keep) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).filter(f -> !f.equals(keep)).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new BadInputException(folder, Msg.of("image.error.unreadable"), e);
        }
    }
}
