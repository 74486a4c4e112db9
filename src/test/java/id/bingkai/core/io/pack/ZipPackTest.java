// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.bingkai.core.error.Problem;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestPacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Zip packs are read in memory under caps, and hostile entry names are refused. */
class ZipPackTest {
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private Path zip(Map<String, byte[]> entries) {
        return TestPacks.write(dir.resolve("paket.zip"), TestPacks.zip(entries));
    }

    private static Map<String, byte[]> validEntries() {
        return new LinkedHashMap<>(TestPacks.pack(TestPacks.manifest()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ../evil.png         | pack.problem.path.parent
            layers/../../x.png  | pack.problem.path.parent
            /abs.png            | pack.problem.path.absolute
            C:\\x.png           | pack.problem.path.backslash
            C:/x.png            | pack.problem.path.drive
            layers\\evil.png    | pack.problem.path.backslash
            """)
    void hostileEntryNamesAreRefusedAndNothingIsExtracted(String name, String key) throws IOException {
        Map<String, byte[]> entries = validEntries();
        entries.put(name, "jahat".getBytes(StandardCharsets.UTF_8));
        Path zip = TestPacks.write(Files.createDirectories(dir.resolve("a/b")).resolve("paket.zip"),
                TestPacks.zip(entries));
        List<Path> before;
        try (var files = Files.walk(dir)) {
            before = files.toList();
        }

        List<Problem> problems = PackLoaders.loader().lint(zip);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(name);
            assertThat(p.reason().key()).isEqualTo(key);
        });
        try (var files = Files.walk(dir)) {
            assertThat(files.toList()).containsExactlyInAnyOrderElementsOf(before);
        }
    }

    @Test
    void duplicateEntryNamesAreRefused() throws IOException {
        Map<String, byte[]> entries = validEntries();
        entries.put("layers/ornamenX.png", TestPacks.png(Pictures.solid(4, 4, java.awt.Color.RED)));
        byte[] bytes = replace(TestPacks.zip(entries), "layers/ornamenX.png", "layers/ornament.png");

        List<Problem> problems = PackLoaders.loader().lint(TestPacks.write(dir.resolve("dup.zip"), bytes));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("layers/ornament.png");
            assertThat(p.reason().key()).isEqualTo("pack.problem.zip.duplicate");
        });
    }

    @Test
    void entryNamesDifferingOnlyInCaseAreRefused() {
        Map<String, byte[]> entries = validEntries();
        entries.put("Layers/Ornament.PNG", new byte[] {1});

        assertThat(PackLoaders.loader().lint(zip(entries))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("Layers/Ornament.PNG");
            assertThat(p.reason().key()).isEqualTo("pack.problem.zip.caseCollision");
            assertThat(p.reason().args()).containsExactly("layers/ornament.png");
        });
    }

    @Test
    void aPathDifferingInCaseFromTheEntryGetsAHint() {
        Map<String, byte[]> entries = new LinkedHashMap<>(TestPacks.pack(TestPacks.with(TestPacks.manifest(),
                "frames[0].layers[2].file", new com.google.gson.JsonPrimitive("Layers/Ornament.png"))));

        assertThat(PackLoaders.loader().lint(zip(entries))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("frames[0].layers[2].file");
            assertThat(p.reason().key()).isEqualTo("pack.problem.file.case");
            assertThat(p.reason().args()).containsExactly("layers/ornament.png");
        });
    }

    @Test
    void zipBombIsRefusedQuicklyWithBoundedMemory() {
        Path bomb = TestPacks.write(dir.resolve("bom.zip"), bombZip(512L << 20, false));

        assertTimeoutPreemptively(QUICKLY, () -> {
            long before = allocated();
            List<Problem> problems = PackLoaders.loader().lint(bomb);
            long used = allocated() - before;

            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("layers/ornament.png");
                assertThat(p.field()).isEqualTo("frames[0].layers[2].file");
                assertThat(p.reason().key()).isEqualTo("pack.problem.zip.ratio");
            });
            assertThat(used).as("bytes allocated while refusing a 512 MB bomb").isLessThan(16L << 20);
        });
    }

    @Test
    void bombDeclaringATinySizeIsStoppedByCountingWhileInflating() {
        Path bomb = TestPacks.write(dir.resolve("bohong.zip"), bombZip(512L << 20, true));

        assertTimeoutPreemptively(QUICKLY, () -> {
            long before = allocated();
            List<Problem> problems = PackLoaders.loader().lint(bomb);
            long used = allocated() - before;

            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("layers/ornament.png");
                assertThat(p.reason().key()).isIn("pack.problem.zip.ratio", "pack.problem.file.tooBig");
            });
            assertThat(used).as("bytes allocated while refusing a lying 512 MB bomb")
                    .isLessThan(3 * PackLimits.DEFAULT.maxEntryBytes());
        });
    }

    @Test
    void lyingEntryIsCutAtThePerFileCapWhenTheRatioAllowsIt() {
        PackLimits noRatio = new PackLimits(2_000, 256L << 20, 8L << 20, Integer.MAX_VALUE, 1 << 20, 32, 200, 200,
                8 << 20);
        Path bomb = TestPacks.write(dir.resolve("bohong.zip"), bombZip(64L << 20, true));

        assertTimeoutPreemptively(QUICKLY, () -> assertThat(PackLoaders.loader(noRatio).lint(bomb))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("layers/ornament.png");
                    assertThat(p.reason().key()).isEqualTo("pack.problem.file.tooBig");
                }));
    }

    @Test
    void manyModestEntriesStopAtThePackTotal() {
        PackLimits smallTotal = new PackLimits(2_000, 2L << 20, 8L << 20, 100, 1 << 20, 32, 200, 200, 8 << 20);
        Map<String, byte[]> entries = validEntries();
        entries.put("layers/ornament.png", noise(3 << 20));

        assertThat(PackLoaders.loader(smallTotal).lint(zip(entries))).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("layers/ornament.png");
            assertThat(p.reason().key()).isEqualTo("pack.problem.pack.tooBig");
        });
    }

    @Test
    void tooManyEntriesAreRefusedBeforeReadingAny() {
        Map<String, byte[]> entries = validEntries();
        for (int i = 0; i < PackLimits.DEFAULT.maxEntries(); i++) {
            entries.put("extra/" + i + ".txt", new byte[0]);
        }

        assertTimeoutPreemptively(QUICKLY, () -> assertThat(PackLoaders.loader().lint(zip(entries)))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("paket.zip");
                    assertThat(p.reason().key()).isEqualTo("pack.problem.zip.tooManyEntries");
                }));
    }

    @Test
    void truncatedZipIsReportedAsDamaged() {
        byte[] whole = TestPacks.zip(validEntries());
        Path cut = TestPacks.write(dir.resolve("terpotong.zip"), Arrays.copyOf(whole, whole.length * 2 / 3));

        assertThat(PackLoaders.loader().lint(cut)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("terpotong.zip");
            assertThat(p.reason().key()).isEqualTo("pack.problem.zip.broken");
        });
    }

    @Test
    void zipWithoutManifestWhereExpectedSaysHowToZipAPack() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        validEntries().forEach((name, bytes) -> entries.put("satu/" + name, bytes));
        entries.put("dua/catatan.txt", new byte[] {1});

        assertThat(PackLoaders.loader().lint(zip(entries))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("manifest.json");
            assertThat(p.reason().key()).isEqualTo("pack.problem.manifest.missingInZip");
        });
    }

    /** The valid pack with its ornament replaced by {@code size} zero bytes, optionally declaring 100 bytes. */
    private static byte[] bombZip(long size, boolean lieAboutSize) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> entry : validEntries().entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getKey().equals("layers/ornament.png")) {
                    byte[] zeros = new byte[1 << 20];
                    for (long written = 0; written < size; written += zeros.length) {
                        zip.write(zeros);
                    }
                } else {
                    zip.write(entry.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] zip = bytes.toByteArray();
        if (lieAboutSize) {
            setCentralSize(zip, "layers/ornament.png", 100);
        }
        return zip;
    }

    /** Rewrites the uncompressed size that the central directory declares for one entry. */
    private static void setCentralSize(byte[] zip, String name, int size) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                int nameLength = Short.toUnsignedInt(buffer.getShort(i + 28));
                if (Arrays.equals(zip, i + 46, i + 46 + nameLength, wanted, 0, wanted.length)) {
                    buffer.putInt(i + 24, size);
                    return;
                }
            }
        }
        throw new IllegalStateException("no central entry " + name);
    }

    private static byte[] replace(byte[] data, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        byte[] out = data.clone();
        for (int i = 0; i + a.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, out, i, b.length);
            }
        }
        return out;
    }

    private static byte[] noise(int size) {
        byte[] data = new byte[size];
        new java.util.Random(7).nextBytes(data);
        return data;
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
