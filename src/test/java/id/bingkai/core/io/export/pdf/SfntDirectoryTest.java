// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table directory after a table is dropped, byte for byte, on small made-up fonts: the count and the binary
 * search fields of the header (OpenType: searchRange = 16 x the largest power of two not above the count,
 * entrySelector = its log2, rangeShift = 16 x count - searchRange), the records after it moved up, the freed
 * record zeroed, and every byte after the directory as it was.
 */
class SfntDirectoryTest {
    private static final byte[] DATA = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

    @Test
    void droppingATableInTheMiddleOfSix() {
        byte[] font = font(List.of("cmap", "GSUB", "glyf", "head", "hmtx", "name"), DATA);

        byte[] out = SfntTables.without(font, "GSUB");

        assertHeader(out, 5, 64, 2, 16);
        assertThat(tags(out, 6)).containsExactly("cmap", "glyf", "head", "hmtx", "name", "\0\0\0\0");
        assertThat(record(out, 1)).isEqualTo(record(font, 2));
        assertThat(record(out, 4)).isEqualTo(record(font, 5));
        assertThat(record(out, 5)).containsOnly(0);
        assertThat(Arrays.copyOfRange(out, 12 + 6 * 16, out.length)).isEqualTo(DATA);
        assertThat(font).as("the original is left alone").isEqualTo(font(List.of("cmap", "GSUB", "glyf", "head",
                "hmtx", "name"), DATA));
    }

    @Test
    void droppingTheFirstOrTheLastTable() {
        byte[] font = font(List.of("GSUB", "OS/2", "cmap"), DATA);
        byte[] first = SfntTables.without(font, "GSUB");
        assertHeader(first, 2, 32, 1, 0);
        assertThat(tags(first, 3)).containsExactly("OS/2", "cmap", "\0\0\0\0");

        byte[] last = SfntTables.without(font, "cmap");
        assertHeader(last, 2, 32, 1, 0);
        assertThat(tags(last, 3)).containsExactly("GSUB", "OS/2", "\0\0\0\0");
        assertThat(record(last, 1)).isEqualTo(record(font, 1));
    }

    @Test
    void theSearchFieldsForOtherCounts() {
        assertHeader(SfntTables.without(font(List.of("a   ", "GSUB"), DATA), "GSUB"), 1, 16, 0, 0);
        assertHeader(SfntTables.without(font(List.of("a   ", "b   ", "c   ", "d   ", "GSUB"), DATA), "GSUB"), 4, 64,
                2, 0);
        List<String> seventeen = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            seventeen.add(String.format("t%03d", i));
        }
        seventeen.set(9, "GSUB");
        assertHeader(SfntTables.without(font(seventeen, DATA), "GSUB"), 16, 256, 4, 0);
        seventeen.add("x   ");
        byte[] eighteen = SfntTables.without(font(seventeen, DATA), "GSUB");
        assertHeader(eighteen, 17, 256, 4, 16);
        assertThat(tags(eighteen, 18).subList(8, 11)).containsExactly("t008", "t010", "t011");
    }

    @Test
    void aDirectoryThatEndsExactlyAtTheEndOfTheFileIsStillADirectory() {
        byte[] bare = font(List.of("GSUB", "cmap"), new byte[0]);
        assertThat(bare).hasSize(12 + 2 * 16);

        byte[] out = SfntTables.without(bare, "GSUB");

        assertHeader(out, 1, 16, 0, 0);
        assertThat(tags(out, 2)).containsExactly("cmap", "\0\0\0\0");
        byte[] cut = Arrays.copyOf(bare, bare.length - 1);
        assertThat(SfntTables.without(cut, "GSUB")).isSameAs(cut);
    }

    @Test
    void aTagFoundOnlyInTheDataIsNotATable() {
        byte[] font = font(List.of("cmap", "glyf"), "GSUB".getBytes(StandardCharsets.US_ASCII));
        assertThat(SfntTables.without(font, "GSUB")).isSameAs(font);
    }

    private static void assertHeader(byte[] font, int tables, int searchRange, int entrySelector, int rangeShift) {
        ByteBuffer b = ByteBuffer.wrap(font);
        assertThat(b.getInt(0)).as("sfnt version").isEqualTo(0x00010000);
        assertThat(new int[] {b.getShort(4), b.getShort(6), b.getShort(8), b.getShort(10)})
                .as("tables, searchRange, entrySelector, rangeShift")
                .containsExactly(tables, searchRange, entrySelector, rangeShift);
    }

    private static List<String> tags(byte[] font, int records) {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            tags.add(new String(font, 12 + i * 16, 4, StandardCharsets.US_ASCII));
        }
        return tags;
    }

    private static byte[] record(byte[] font, int i) {
        return Arrays.copyOfRange(font, 12 + i * 16, 12 + (i + 1) * 16);
    }

    /** A TrueType header and directory (search fields deliberately wrong), each record numbered, then the data. */
    private static byte[] font(List<String> tags, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + tags.size() * 16 + data.length);
        b.putInt(0x00010000).putShort((short) tags.size()).putShort((short) 7).putShort((short) 7).putShort((short) 7);
        for (int i = 0; i < tags.size(); i++) {
            b.put(tags.get(i).getBytes(StandardCharsets.US_ASCII));
            b.putInt(0x11111111 * (i + 1)).putInt(1000 + i).putInt(10 * (i + 1));
        }
        b.put(data);
        return b.array();
    }
}
