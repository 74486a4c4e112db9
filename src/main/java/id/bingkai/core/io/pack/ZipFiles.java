// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip pack, read entry by entry into memory and never extracted. Sizes an entry declares can only get it
 * refused early (a bomb that admits its size costs nothing); acceptance rests on the bytes counted while
 * inflating, against the per-file cap, the pack total and the compression ratio, so a bomb that lies about
 * its size stops at the smallest of those caps. Entries are checked by {@link ZipIndex}; the
 * caller opens and closes the zip.
 */
final class ZipFiles implements PackFiles {
    private static final int CHUNK = 64 * 1024;
    /** The most a declared size may reserve up front; a lie then costs little. */
    private static final int PRESIZE = 4 << 20;

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    private final Map<String, String> lowerCase;
    private final PackLimits limits;
    private final ByteBudget budget;

    ZipFiles(ZipFile zip, ZipIndex index, PackLimits limits, ByteBudget budget) {
        this.zip = zip;
        this.entries = index.files();
        this.lowerCase = index.lowerCaseNames();
        this.limits = limits;
        this.budget = budget;
    }

    @Override
    public Lookup find(String path, long maxBytes) {
        ZipEntry entry = entries.get(path);
        if (entry == null) {
            String other = lowerCase.get(path.toLowerCase(Locale.ROOT));
            return other != null ? Lookup.refused("pack.problem.file.case", other)
                    : Lookup.refused("pack.problem.file.missing");
        }
        if (entry.isDirectory()) {
            return Lookup.refused("pack.problem.file.notFile");
        }
        long max = Math.min(maxBytes, limits.maxEntryBytes());
        long compressed = Math.max(1, entry.getCompressedSize());
        long declared = entry.getSize();
        if (tooCompressed(declared, compressed)) {
            return Lookup.refused("pack.problem.zip.ratio", limits.maxCompressionRatio());
        }
        if (declared > max) {
            return Lookup.refused("pack.problem.file.tooBig", BoundedRead.describe(max));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, Math.clamp(declared, CHUNK, PRESIZE)));
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    return Lookup.refused("pack.problem.file.tooBig", BoundedRead.describe(max));
                }
                if (tooCompressed(total, compressed)) {
                    return Lookup.refused("pack.problem.zip.ratio", limits.maxCompressionRatio());
                }
                if (!budget.take(n)) {
                    return Lookup.refused("pack.problem.pack.tooBig", BoundedRead.describe(budget.max()));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            return Lookup.refused("pack.problem.zip.entryBroken", String.valueOf(e.getMessage()));
        }
        return new Lookup.Found(out.toByteArray());
    }

    private boolean tooCompressed(long inflated, long compressed) {
        return inflated > PackLimits.RATIO_THRESHOLD && inflated / compressed > limits.maxCompressionRatio();
    }
}
