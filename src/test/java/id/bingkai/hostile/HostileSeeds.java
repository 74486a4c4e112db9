// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fuzz tests' seed corpus: every hostile case small enough to commit, as a file named after the case in the
 * folder Jazzer replays for that test. Regenerate after adding cases:
 * {@code java -cp <test class path> id.bingkai.hostile.HostileSeeds src/test/resources}.
 */
public final class HostileSeeds {
    /** Bigger cases (bombs, 10 000 layers) stay in the generator; the fuzzer needs only their shape. */
    static final int MAX_SEED_BYTES = 16 * 1024;
    private static final String FOLDER = "id/bingkai/hostile/";

    private HostileSeeds() {
    }

    /** Seed file (relative to the resources root) to content. */
    static Map<String, byte[]> all() {
        Map<String, byte[]> seeds = new TreeMap<>();
        for (HostileCase c : HostileCorpus.all()) {
            c.seed().filter(s -> s.bytes().length <= MAX_SEED_BYTES)
                    .ifPresent(s -> seeds.put(folder(s.target()) + c.name(), s.bytes()));
        }
        HostileSheets.seeds().forEach((name, bytes) ->
                seeds.put(FOLDER + "SheetFuzzTestInputs/sheetGivesRowsOrAClearRefusal/" + name, bytes));
        HostileKioskConfigs.seeds().forEach((name, bytes) ->
                seeds.put(FOLDER + "KioskConfigFuzzTestInputs/configGivesAConfigOrClearProblems/" + name, bytes));
        return seeds;
    }

    static String folder(HostileCase.Target target) {
        return FOLDER + switch (target) {
            case IMAGE -> "ImageFuzzTestInputs/decodeGivesAPictureOrAClearRefusal/";
            case PACK_FILE -> "PackFuzzTestInputs/packFileGivesAPackOrClearProblems/";
            case MANIFEST -> "PackFuzzTestInputs/manifestGivesAPackOrClearProblems/";
            case SVG -> "PackFuzzTestInputs/svgLayerGivesAPackOrClearProblems/";
            case PROJECT -> "ProjectFuzzTestInputs/projectGivesADocumentOrAClearRefusal/";
        };
    }

    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args[0]);
        for (Map.Entry<String, byte[]> seed : all().entrySet()) {
            Path file = resources.resolve(seed.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, seed.getValue());
        }
        System.out.println(all().size() + " seeds written under " + resources.resolve(FOLDER));
    }
}
