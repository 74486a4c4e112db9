// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bingkai.core.io.image.heif.LibHeif;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * HEIC and AVIF files made in the test itself by libheif's own {@code heif-enc} (Debian libheif-examples) from a
 * JPEG: its AV1 encoder takes YCbCr input, not RGB from a PNG. Tests using them are skipped, with the reason, where
 * libheif or heif-enc is missing.
 */
public final class HeifFiles {
    private HeifFiles() {
    }

    /** Skips the calling test unless libheif can be loaded and heif-enc runs. */
    public static void assumeAvailable() {
        assumeTrue(LibHeif.find().isPresent(), "libheif is not installed (Debian: apt-get install libheif1)");
        assumeTrue(encoderRuns(), "heif-enc is not installed (Debian: apt-get install libheif-examples)");
    }

    /** {@code jpeg} encoded as HEIC ({@code avif} false) or AVIF, at {@code quality}, into {@code out}. */
    public static Path encode(Path jpeg, Path out, boolean avif, int quality) throws IOException {
        ProcessBuilder command = avif
                ? new ProcessBuilder("heif-enc", "-A", "-q", Integer.toString(quality), jpeg.toString(), "-o",
                        out.toString())
                : new ProcessBuilder("heif-enc", "-q", Integer.toString(quality), jpeg.toString(), "-o",
                        out.toString());
        command.redirectErrorStream(true);
        Process process = command.start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.isRegularFile(out)) {
                throw new IOException("heif-enc failed for " + jpeg + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }

    private static boolean encoderRuns() {
        try {
            Process process = new ProcessBuilder("heif-enc", "--list-encoders").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
