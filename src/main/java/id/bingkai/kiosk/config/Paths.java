// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Turns a path written in the config into an absolute one, relative to the config file's folder. */
final class Paths {
    private final Path base;
    private final ConfigProblems problems;

    Paths(Path base, ConfigProblems problems) {
        this.base = base;
        this.problems = problems;
    }

    Optional<Path> resolve(String field, String written) {
        if (written.isBlank() || written.length() > 4096 || written.indexOf('\0') >= 0) {
            problems.add(field, "kiosk.config.badPath", written.length() > 80 ? written.substring(0, 80) : written);
            return Optional.empty();
        }
        try {
            return Optional.of(base.resolve(written).normalize());
        } catch (InvalidPathException e) {
            problems.add(field, "kiosk.config.badPath", written);
            return Optional.empty();
        }
    }
}
