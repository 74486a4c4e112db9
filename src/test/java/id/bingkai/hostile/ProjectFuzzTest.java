// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.io.project.ProjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes given as a {@code .bingkai} project open as a document or end in a clear refusal. Seeds live in
 * {@code ProjectFuzzTestInputs} (see {@link HostileSeeds}). One instance serves every seed: loading the built-in
 * pack for each would cost more than the seeds themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectFuzzTest {
    private final ImageLoader images = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());
    private final PackLoader packs = new PackLoader(images, PackLimits.DEFAULT);
    private final ProjectFiles projects = new ProjectFiles(images::ref, packs::load);
    private final List<ProjectFiles.KnownPack> known = List.of(new ProjectFiles.KnownPack(packs.builtIn(), true));
    private final ClearAnswers answers = new ClearAnswers();

    @TempDir
    Path dir;

    @FuzzTest(maxDuration = "3m")
    @Timeout(10) // per input: a slower one is a finding (libFuzzer -timeout) and fails its replay
    void projectGivesADocumentOrAClearRefusal(byte[] data) throws IOException {
        Path file = dir.resolve(HostileProjects.FILE);
        Path photo = dir.resolve(HostileProjects.PHOTO);
        try {
            if (!Files.exists(photo)) {
                Files.write(photo, HostileImages.sampleJpeg());
            }
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            projects.open(file, known).warnings().forEach(answers::check);
        } catch (BadInputException e) {
            answers.check(e);
        }
    }
}
