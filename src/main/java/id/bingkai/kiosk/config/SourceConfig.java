// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where the visitor's photo comes from ({@code "source": {"type": ...}}). */
public sealed interface SourceConfig {

    /** The config's {@code type} word. */
    String type();

    /**
     * A webcam through openpnp-capture.
     *
     * @param device    part of the device name to pick; empty takes the first camera found
     * @param countdown seconds of the 3-2-1 countdown before the capture
     */
    record Webcam(Optional<String> device, int countdown) implements SourceConfig {
        public Webcam {
            Objects.requireNonNull(device, "device");
            if (countdown < 0 || countdown > 10) {
                throw new IllegalArgumentException("countdown must be 0..10 seconds");
            }
        }

        @Override
        public String type() {
            return "webcam";
        }
    }

    /**
     * A hot folder a photographer's tethered camera writes into.
     *
     * @param archive where the originals are moved after the hand-off; empty deletes them
     */
    record Folder(Path path, Optional<Path> archive) implements SourceConfig {
        public Folder {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(archive, "archive");
        }

        @Override
        public String type() {
            return "folder";
        }
    }

    /** The visitor's phone uploads through the kiosk's LAN page; {@code server} empty uses handoff.qr's. */
    record Phone(Optional<HandoffConfig.Server> server) implements SourceConfig {
        public Phone {
            Objects.requireNonNull(server, "server");
        }

        @Override
        public String type() {
            return "phone";
        }
    }

    /** A fixed list of photos, taken in turn (tests, demos). */
    record Replay(List<Path> files) implements SourceConfig {
        public Replay {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("a replay source needs at least one file");
            }
        }

        @Override
        public String type() {
            return "replay";
        }
    }
}
