// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.session;

import id.bingkai.core.i18n.Msg;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Begins and ends visitor sessions under the kiosk's work folder. Ending one revokes its links, deletes its
 * folder and deletes its hot-folder originals (or moves them to the archive when one is configured), so the next
 * visitor finds nothing of the one before. A file that cannot be removed is reported, never thrown: the kiosk goes
 * on and the admin sees the reason. {@link #sweep()} at start removes what a crash left behind.
 */
public final class Wipe {
    private static final String PREFIX = "visit-";
    private final Path workRoot;
    private final Optional<Path> archive;
    private final LinkRevoker links;
    private final KioskCounters counters;
    private final SecureRandom random = new SecureRandom();

    public Wipe(Path workRoot, Optional<Path> archive, LinkRevoker links, KioskCounters counters) {
        this.workRoot = Objects.requireNonNull(workRoot, "workRoot");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.links = Objects.requireNonNull(links, "links");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    /** A new session with its own empty folder (owner-only where the file system allows). */
    public VisitorSession begin() throws IOException {
        Files.createDirectories(workRoot);
        byte[] id = new byte[8];
        random.nextBytes(id);
        Path folder = workRoot.resolve(PREFIX + HexFormat.of().formatHex(id));
        Files.createDirectory(folder);
        return new VisitorSession(folder);
    }

    /** Ends the session: links revoked, files gone. Returns the problems; empty when everything was removed. */
    public List<Msg> wipe(VisitorSession session) {
        if (!session.end()) {
            return List.of();
        }
        if (session.photoTaken()) {
            counters.visitor();
        }
        session.tokens().forEach(links::revoke);
        List<Msg> problems = new ArrayList<>();
        for (Path original : session.originals()) {
            try {
                if (archive.isPresent()) {
                    moveToArchive(original);
                } else {
                    Files.deleteIfExists(original);
                }
            } catch (IOException e) {
                problems.add(Msg.of("kiosk.wipe.failed", original, String.valueOf(e.getMessage())));
            }
        }
        deleteTree(session.folder(), problems);
        return List.copyOf(problems);
    }

    /** Removes every session folder left in the work folder (after a crash or a power cut). */
    public List<Msg> sweep() {
        List<Msg> problems = new ArrayList<>();
        if (!Files.isDirectory(workRoot)) {
            return problems;
        }
        try (var children = Files.list(workRoot)) {
            for (Path child : children.toList()) {
                if (child.getFileName().toString().startsWith(PREFIX)) {
                    deleteTree(child, problems);
                }
            }
        } catch (IOException e) {
            problems.add(Msg.of("kiosk.wipe.failed", workRoot, String.valueOf(e.getMessage())));
        }
        return problems;
    }

    private void moveToArchive(Path original) throws IOException {
        if (!Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.createDirectories(archive.orElseThrow());
        String name = original.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            Path target = archive.get().resolve(attempt == 0 ? name : attempt + "-" + name);
            try {
                // Without REPLACE_EXISTING: an earlier visitor's archived photo with the same name is kept.
                Files.move(original, target);
                return;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 1000) {
                    throw e;
                }
            }
        }
    }

    private static void deleteTree(Path root, List<Msg> problems) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    delete(file, problems);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Msg.of("kiosk.wipe.failed", file, String.valueOf(e.getMessage())));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    delete(dir, problems);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Msg.of("kiosk.wipe.failed", root, String.valueOf(e.getMessage())));
        }
    }

    private static void delete(Path path, List<Msg> problems) {
        try {
            Files.delete(path);
        } catch (NoSuchFileException e) {
            // already gone: fine
        } catch (IOException e) {
            problems.add(Msg.of("kiosk.wipe.failed", path, String.valueOf(e.getMessage())));
        }
    }
}
