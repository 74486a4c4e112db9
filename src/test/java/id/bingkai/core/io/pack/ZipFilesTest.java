// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Msg;
import id.bingkai.testing.TestPacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip's entries at the edges of its caps, read through {@link ZipIndex} and {@link ZipFiles} directly: the entry
 * count, and the compression ratio, which only counts past 1 MiB and then only above the limit.
 */
class ZipFilesTest {
    private static final int MIB = 1 << 20;

    @TempDir
    Path dir;

    private static PackLimits limits(int maxEntries, int maxRatio) {
        return new PackLimits(maxEntries, 256L << 20, 64L << 20, maxRatio, 1 << 20, 32, 200, 200, 8 << 20);
    }

    /** A zip of a manifest and one more file, stored (not compressed) or deflated. */
    private Path zip(String name, byte[] data, boolean stored) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{}".getBytes());
            zip.closeEntry();
            ZipEntry entry = new ZipEntry(name);
            if (stored) {
                CRC32 crc = new CRC32();
                crc.update(data);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(data.length);
                entry.setCompressedSize(data.length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
        }
        return TestPacks.write(dir.resolve("paket.zip"), bytes.toByteArray());
    }

    private static PackFiles.Lookup find(Path file, String name, PackLimits limits) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Problems problems = new Problems();
            ZipIndex index = ZipIndex.of(zip, "paket.zip", limits, problems).orElseThrow();
            assertThat(problems.list()).isEmpty();
            return new ZipFiles(zip, index, limits, new ByteBudget(limits.maxTotalBytes())).find(name, 64L << 20);
        }
    }

    private static byte[] noise(int size) {
        byte[] data = new byte[size];
        new Random(16).nextBytes(data);
        return data;
    }

    @Test
    void anEntryOfExactly1MibIsNotCheckedForItsRatio() throws IOException {
        // 1 MiB of zeros deflates about a thousandfold, far past the limit of 100; the ratio counts only beyond it.
        Path exact = zip("layers/nol.bin", new byte[MIB], false);
        assertThat(find(exact, "layers/nol.bin", PackLimits.DEFAULT))
                .isInstanceOfSatisfying(PackFiles.Lookup.Found.class, f -> assertThat(f.bytes()).hasSize(MIB));

        Path more = zip("layers/nol.bin", new byte[MIB + 1], false);
        assertThat(find(more, "layers/nol.bin", PackLimits.DEFAULT))
                .isEqualTo(new PackFiles.Lookup.Refused(Msg.of("pack.problem.zip.ratio", 100)));
    }

    @Test
    void aRatioEqualToTheLimitIsAllowedAndOnlyAHigherOneRefused() throws IOException {
        // A stored entry inflates to exactly its compressed size: a ratio of 1, the limit here.
        byte[] data = noise(MIB + 1000);
        Path stored = zip("layers/acak.bin", data, true);

        assertThat(find(stored, "layers/acak.bin", limits(2_000, 1)))
                .isInstanceOfSatisfying(PackFiles.Lookup.Found.class, f -> assertThat(f.bytes()).isEqualTo(data));
        assertThat(find(zip("layers/nol.bin", new byte[MIB + 1000], false), "layers/nol.bin", limits(2_000, 1)))
                .isEqualTo(new PackFiles.Lookup.Refused(Msg.of("pack.problem.zip.ratio", 1)));
    }

    @Test
    void aZipMayHoldExactlyAsManyEntriesAsTheLimit() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(TestPacks.pack(TestPacks.manifest()));
        Path file = TestPacks.write(dir.resolve("paket.zip"), TestPacks.zip(entries));
        int count;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            count = zip.size();
        }

        assertThat(PackLoaders.loader(limits(count, 100)).lint(file)).isEmpty();
        assertThat(PackLoaders.loader(limits(count - 1, 100)).lint(file)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("paket.zip");
            assertThat(p.reason()).isEqualTo(Msg.of("pack.problem.zip.tooManyEntries", count, count - 1));
        });
    }
}
