// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated kiosk configuration ({@code bingkai kiosk --config kiosk.json}, documented in docs/kiosk.md).
 *
 * @param pack    the frame pack (folder, .zip or twibbon PNG); empty means the built-in sample set
 * @param frames  frame ids offered to visitors, in order; empty means every frame of the pack
 * @param auto    photographer mode: each new photo is framed with the first frame and goes straight to hand-off
 * @param adminPin the salted hash of the admin PIN, never the PIN itself
 * @param orientation how the kiosk lays itself out: following the screen's shape, or standing or lying whatever
 *                    shape the operating system reports (a portrait stand on a monitor reported as landscape)
 * @param rotation    when the configured orientation is not the screen's shape, how far the picture is turned
 *                    clockwise to stand upright: 90 or 270 degrees
 */
public record KioskConfig(Optional<Path> pack, List<String> frames, SourceConfig source, boolean auto,
        HandoffConfig handoff, PinHash adminPin, IdleConfig idle, Language language, Orientation orientation,
        int rotation) {

    public KioskConfig {
        Objects.requireNonNull(pack, "pack");
        frames = List.copyOf(frames);
        if (frames.stream().anyMatch(String::isBlank) || frames.stream().distinct().count() != frames.size()) {
            throw new IllegalArgumentException("frame ids must be non-blank and distinct");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(handoff, "handoff");
        Objects.requireNonNull(adminPin, "adminPin");
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(orientation, "orientation");
        if (rotation != 90 && rotation != 270) {
            throw new IllegalArgumentException("rotation must be 90 or 270, not " + rotation);
        }
        if (source instanceof SourceConfig.Phone phone && phone.server().isEmpty() && handoff.qr().isEmpty()) {
            throw new IllegalArgumentException("the phone source needs an address: its own or handoff.qr's");
        }
    }

    /** Where the LAN server listens, if anything needs it (QR hand-off or phone upload). */
    public Optional<HandoffConfig.Server> server() {
        if (handoff.qr().isPresent()) {
            return Optional.of(handoff.qr().get().server());
        }
        return source instanceof SourceConfig.Phone phone ? phone.server() : Optional.empty();
    }

    /** The user's language. */
    public enum Language {
        ID("id"), EN("en");

        private final String code;

        Language(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** How the kiosk lays itself out: as the screen is shaped, or standing, or lying. */
    public enum Orientation {
        AUTO, LANDSCAPE, PORTRAIT
    }
}
