// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.bingkai.core.error.BadInputException;
import id.bingkai.kiosk.config.KioskConfigException;
import id.bingkai.kiosk.config.KioskConfigReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes given as {@code kiosk.json} give a configuration or a clear refusal naming every problem in both
 * languages; never another exception. Seeds in {@code KioskConfigFuzzTestInputs}: the minimal config, a
 * full one, and broken, deep, duplicate-key, non-UTF-8 and wrong-typed variants.
 */
class KioskConfigFuzzTest {
    private final KioskConfigReader reader = new KioskConfigReader();
    private final ClearAnswers answers = new ClearAnswers();

    @TempDir
    Path dir;

    @FuzzTest(maxDuration = "2m")
    @Timeout(10)
    void configGivesAConfigOrClearProblems(byte[] data) {
        Path file = dir.resolve("kiosk.json");
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader.read(file);
        } catch (KioskConfigException e) {
            answers.check(e);
            answers.check(e.problems());
        } catch (BadInputException e) {
            answers.check(e);
        }
    }
}
