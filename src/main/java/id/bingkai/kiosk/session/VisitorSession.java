// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.session;

import id.bingkai.kiosk.source.Capture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything of one visitor that must disappear after the hand-off or a walk-away: the session's own folder
 * (captures, uploads, renders, temp files are made in it), the hot-folder originals, and the download links.
 * Made by {@link Wipe#begin()} and ended by {@link Wipe#wipe}. Holds no name or other personal data. Thread-safe:
 * sources, the server and the screen may all add to it.
 */
public final class VisitorSession {
    private final Path folder;
    private final List<Path> originals = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private boolean photoTaken;
    private boolean ended;
    private int files;

    VisitorSession(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The visitor's private folder; everything the kiosk writes for them goes here. */
    public Path folder() {
        return folder;
    }

    /** A fresh file name in the session folder ({@code render-1.jpg}); the file is not created. */
    public synchronized Path newFile(String stem, String extension) {
        if (!stem.matches("[a-z]{1,16}") || !extension.matches("[a-z]{1,5}")) {
            throw new IllegalArgumentException("plain lower-case stem and extension expected");
        }
        files++;
        return folder.resolve(stem + "-" + files + "." + extension);
    }

    /** The visitor's photo arrived; its hot-folder originals now belong to this session. */
    public synchronized void took(Capture capture) {
        requireOpen();
        photoTaken = true;
        originals.addAll(capture.originals());
    }

    /** A download link was made for this visitor; the wipe revokes it. */
    public synchronized void linked(String token) {
        requireOpen();
        tokens.add(Objects.requireNonNull(token, "token"));
    }

    public synchronized boolean photoTaken() {
        return photoTaken;
    }

    public synchronized boolean ended() {
        return ended;
    }

    synchronized List<Path> originals() {
        return List.copyOf(originals);
    }

    synchronized List<String> tokens() {
        return List.copyOf(tokens);
    }

    /** Marks the session over; false if it already was. */
    synchronized boolean end() {
        boolean was = ended;
        ended = true;
        return !was;
    }

    private void requireOpen() {
        if (ended) {
            throw new IllegalStateException("the session was wiped");
        }
    }
}
