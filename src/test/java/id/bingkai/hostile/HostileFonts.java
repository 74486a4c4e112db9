// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import id.bingkai.hostile.HostileCase.Expect;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Packs carrying a broken or huge font: truncated, garbage in the glyph, cmap or header tables, a 50 MB file, a
 * face without the Latin letters a name needs. A broken font refuses the pack, naming the font file (it does not
 * fall back: the designer fixes the pack once, instead of every poster printing boxes or outlines). The small fonts
 * are a few kilobytes: Inter cut down to the letters a template uses, so the cases are also fuzz seeds.
 */
final class HostileFonts {
    static final String FONT = "fonts/uji.ttf";
    private static final String LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 #.,:-";

    private HostileFonts() {
    }

    static List<HostileCase> all() {
        byte[] good = subset(LATIN);
        List<HostileCase> cases = new ArrayList<>();
        cases.add(HostileCase.packFile("font-small-valid", "paket-fon.zip", pack(good), Expect.opens()));
        cases.add(HostileCase.packFile("font-truncated", "paket-fon.zip",
                pack(java.util.Arrays.copyOf(good, good.length / 2)), Expect.refused("pack.problem.font.broken")));
        cases.add(HostileCase.packFile("font-truncated-directory", "paket-fon.zip",
                pack(java.util.Arrays.copyOf(good, 40)), Expect.refused("pack.problem.font.broken")));
        for (String table : List.of("glyf", "loca", "cmap", "head", "maxp")) {
            cases.add(HostileCase.packFile("font-garbage-" + table, "paket-fon.zip", pack(garbage(good, table)),
                    Expect.refused("pack.problem.font.broken", "pack.problem.font.noLatin")));
        }
        // Absurd advance widths are still a font: the text comes out oddly spaced and shrinks to fit its box.
        cases.add(HostileCase.packFile("font-garbage-hmtx", "paket-fon.zip", pack(garbage(good, "hmtx")),
                Expect.opensOr("pack.problem.font.broken")));
        cases.add(HostileCase.packFile("font-without-latin-letters", "paket-fon.zip", pack(subset("•→")),
                Expect.refused("pack.problem.font.noLatin")));
        cases.add(HostileCase.pack("font-fifty-megabytes", dir -> {
            Path root = HostilePacks.writeFolder(dir.resolve("paket-fon"), files(good));
            try (var out = Files.newOutputStream(root.resolve(FONT))) {
                out.write(good);
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 50; i++) {
                    out.write(zeros);
                }
            }
            return root;
        }, Expect.refused("pack.problem.font.tooBig")));
        return cases;
    }

    /** The test pack with the font listed in {@code fonts}. */
    static Map<String, byte[]> files(byte[] font) {
        JsonObject manifest = HostilePacks.manifest();
        JsonArray fonts = new JsonArray();
        fonts.add(FONT);
        manifest.add("fonts", fonts);
        Map<String, byte[]> files = HostilePacks.files(manifest);
        files.put(FONT, font);
        return files;
    }

    static byte[] pack(byte[] font) {
        return HostilePacks.zip(files(font));
    }

    /** Inter Regular cut down to {@code letters}: a complete, valid TrueType font of a few kilobytes. */
    static byte[] subset(String letters) {
        try (InputStream in = HostileFonts.class.getResourceAsStream("/id/bingkai/core/fonts/pdf/Inter-Regular.ttf");
                TrueTypeFont inter = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            // the tables a font needs, without hinting, kerning and substitutions: 8 KB instead of 100 KB
            TTFSubsetter subset = new TTFSubsetter(inter,
                    List.of("head", "hhea", "loca", "maxp", "cmap", "glyf", "hmtx", "name", "post", "OS/2"));
            letters.codePoints().forEach(subset::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subset.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font with one table's bytes replaced by a repeating pattern, its directory entry left as it was. */
    static byte[] garbage(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(in.getShort(4));
        byte[] out = font.clone();
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (new String(font, entry, 4, StandardCharsets.US_ASCII).equals(tag)) {
                int offset = in.getInt(entry + 8);
                int length = in.getInt(entry + 12);
                for (int b = 0; b < length && offset + b < out.length; b++) {
                    out[offset + b] = (byte) (b % 7 == 0 ? 0xFF : 0xA5 ^ b);
                }
                return out;
            }
        }
        throw new IllegalArgumentException("no table " + tag);
    }
}
