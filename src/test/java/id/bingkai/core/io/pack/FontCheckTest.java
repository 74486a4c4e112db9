// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Msg;
import id.bingkai.testing.RenamedFonts;
import id.bingkai.testing.TestPacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The PDF-side check of a font Java accepted: TrueType outlines must map every Latin letter and digit to a glyph
 * that reads and subsets; CFF outlines (tag "OTTO") are left to the outline path and not parsed at all.
 */
class FontCheckTest {
    private static final byte[] INTER = TestPacks.resource("id/bingkai/core/fonts/pdf/Inter-Regular.ttf");

    /** Inter Regular cut down to {@code letters} (and .notdef): a small, valid TrueType font. */
    private static byte[] subset(String letters) throws IOException {
        try (TrueTypeFont inter = new TTFParser().parse(new RandomAccessReadBuffer(INTER))) {
            TTFSubsetter subset = new TTFSubsetter(inter,
                    List.of("head", "hhea", "loca", "maxp", "cmap", "glyf", "hmtx", "name", "post", "OS/2"));
            letters.codePoints().forEach(subset::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subset.writeToStream(out);
            return out.toByteArray();
        }
    }

    /** The directory entry of {@code tag} (its offset in the file). */
    private static int entry(byte[] font, String tag) {
        int tables = ByteBuffer.wrap(font).getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            if (new String(font, 12 + 16 * i, 4, StandardCharsets.US_ASCII).equals(tag)) {
                return 12 + 16 * i;
            }
        }
        throw new IllegalArgumentException("no table " + tag);
    }

    private static Msg noLatin(String what) {
        return Msg.of("pack.problem.font.noLatin", what);
    }

    @Test
    void trueTypeFacesThatMapTheLatinLettersPass() throws IOException {
        assertThat(FontCheck.problem(INTER)).isEmpty();
        assertThat(FontCheck.problem(RenamedFonts.kotakRegular())).isEmpty();
        assertThat(FontCheck.problem(subset(FontCheck.LATIN))).isEmpty();
    }

    @Test
    void theLettersAFaceLacksAreListed() throws IOException {
        assertThat(FontCheck.problem(subset(FontCheck.LATIN.replace("Q", "").replace("z", "").replace("7", ""))))
                .contains(noLatin("Q z 7"));
        assertThat(FontCheck.problem(subset("ABC"))).contains(noLatin(
                String.join(" ", FontCheck.LATIN.substring(3).split(""))));
    }

    @Test
    void aFaceWithoutAUnicodeMapOrWithOnlyTheMissingGlyphHasNoLatinAtAll() throws IOException {
        // The cmap table says it holds no subtables (a font without a cmap table at all does not parse).
        byte[] noCmap = subset(FontCheck.LATIN);
        ByteBuffer.wrap(noCmap).putShort(ByteBuffer.wrap(noCmap).getInt(entry(noCmap, "cmap") + 8) + 2, (short) 0);

        assertThat(FontCheck.problem(noCmap)).contains(noLatin("A–Z, a–z, 0–9"));
        assertThat(FontCheck.problem(subset(""))).contains(noLatin("A–Z, a–z, 0–9"));
    }

    @Test
    void theCffTagAloneIsEnoughToSkipTheCheckAndThreeBytesAreNotATag() {
        assertThat(FontCheck.problem(TestPacks.resource("id/bingkai/core/fonts/Inter-Regular.otf"))).isEmpty();
        assertThat(FontCheck.problem(new byte[] {'O', 'T', 'T', 'O'})).isEmpty();
        assertThat(FontCheck.problem(new byte[] {'O', 'T', 'T'})).contains(Msg.of("pack.problem.font.broken"));
    }

    @Test
    void aTrueTypeFaceCutShortIsBroken() {
        assertThat(FontCheck.problem(Arrays.copyOf(INTER, 4096))).contains(Msg.of("pack.problem.font.broken"));
    }

    @Test
    void aGlyphWhoseOutlineIsGarbageIsBroken() throws IOException {
        // The glyf table overwritten: the letters still map to glyphs, but their outlines cannot be read.
        byte[] font = subset(FontCheck.LATIN);
        ByteBuffer b = ByteBuffer.wrap(font);
        int glyf = entry(font, "glyf");
        int offset = b.getInt(glyf + 8);
        for (int i = 0; i < b.getInt(glyf + 12); i++) {
            font[offset + i] = (byte) (i % 7 == 0 ? 0xFF : 0xA5 ^ i);
        }

        assertThat(FontCheck.problem(font)).contains(Msg.of("pack.problem.font.broken"));
    }
}
