// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How the FFM decoders (libjpeg-turbo, libheif) find their system library: a system property to point at a file or to
 * turn the library off, then the usual names for this operating system; the first that loads and binds wins.
 */
public final class NativeLibraries {
    private NativeLibraries() {
    }

    /** The usual names of one library per operating system. */
    public record Names(List<String> windows, List<String> mac, List<String> unix) {
        public Names {
            windows = List.copyOf(windows);
            mac = List.copyOf(mac);
            unix = List.copyOf(unix);
        }
    }

    /**
     * The names to try: {@code -D<property>=/path/lib.so} first, then {@code usual} for this system;
     * {@code -D<property>=off} gives none, so that the library is never used.
     */
    public static List<String> candidates(String property, Names usual) {
        List<String> names = new ArrayList<>();
        String override = System.getProperty(property);
        if ("off".equalsIgnoreCase(override)) {
            return names;
        }
        if (override != null && !override.isBlank()) {
            names.add(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        names.addAll(os.contains("win") ? usual.windows() : os.contains("mac") ? usual.mac() : usual.unix());
        return names;
    }

    /**
     * The first of {@code names} that loads and that {@code bind} accepts ({@code bind} throws
     * IllegalArgumentException for a library that lacks a function). Never throws: a missing library, a missing
     * symbol or native access denied all give empty.
     */
    public static <T> Optional<T> first(List<String> names, BiFunction<SymbolLookup, String, T> bind) {
        for (String name : names) {
            try {
                return Optional.of(bind.apply(SymbolLookup.libraryLookup(name, Arena.global()), name));
            } catch (IllegalArgumentException | IllegalCallerException | UnsupportedOperationException
                    | IllegalStateException e) {
                // not here (or native access denied): try the next name, then give up quietly
            }
        }
        return Optional.empty();
    }
}
