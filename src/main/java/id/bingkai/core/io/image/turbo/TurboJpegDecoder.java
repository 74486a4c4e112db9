// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.turbo;

import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.ScalingJpegDecoder;
import id.bingkai.core.io.image.turbo.TurboJpeg.Header;
import id.bingkai.core.io.image.turbo.TurboJpeg.Scale;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes a JPEG with libjpeg-turbo, scaled in the DCT domain to the smallest size that still covers what the
 * caller needs, straight into the {@code int[]} of a {@code TYPE_INT_RGB} image (one copy from native memory, no
 * intermediate Java image). Empty means "not for this path": CMYK/YCCK, over the pixel budget, or anything the
 * library rejects — the caller then uses ImageIO, which also words the error for the user. The image is returned
 * as stored, in the file's colour space: EXIF orientation and the ICC conversion are the caller's job (the image
 * loader does both for every format), so {@code minWidth/minHeight} are in stored pixels too.
 */
public final class TurboJpegDecoder implements ScalingJpegDecoder {

    private static final long HEADER_BYTES = 256 * 1024;

    private final TurboJpeg lib;

    public TurboJpegDecoder(TurboJpeg lib) {
        this.lib = Objects.requireNonNull(lib, "lib");
    }

    /** The system's libjpeg-turbo, when it is installed and native access is allowed. */
    public static Optional<TurboJpegDecoder> system() {
        return TurboJpeg.find().map(TurboJpegDecoder::new);
    }

    public TurboJpeg library() {
        return lib;
    }

    @Override
    public Optional<Decoded> decode(Path file, int minWidth, int minHeight, PixelBudget budget) {
        try (Arena arena = Arena.ofConfined()) {
            Header header = header(file, arena);
            if (header == null || header.isCmyk() || !withinDeclared(header, budget)
                    || Files.size(file) > plausibleFileSize(header)) {
                return Optional.empty(); // ImageIO streams a file with junk after the image instead of holding it
            }
            MemorySegment jpeg = read(file, Long.MAX_VALUE, arena);
            return jpeg == null ? Optional.empty() : decode(jpeg, minWidth, minHeight, budget, arena);
        } catch (IOException | TurboJpegException | IllegalStateException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * The most bytes a JPEG of this size plausibly needs (3 bytes per pixel is more than quality 100 takes, plus room
     * for large EXIF and ICC blocks). The whole file is read into native memory, so a valid header followed by a
     * gigabyte of junk must not get that far.
     */
    static long plausibleFileSize(Header header) {
        return 3L * header.width() * header.height() + (16L << 20);
    }

    /**
     * The file (or its first {@code limit} bytes) in native memory, or null when it is too short or too long. Read,
     * not mapped: a mapped file that someone truncates while libjpeg reads it would crash the JVM (SIGBUS).
     */
    private MemorySegment read(Path file, long limit, Arena arena) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = Math.min(channel.size(), limit);
            if (size < 4 || size > Integer.MAX_VALUE) {
                return null;
            }
            MemorySegment segment = lib.allocate(size, arena);
            ByteBuffer buffer = segment.asByteBuffer();
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // FileChannel.read may return fewer bytes than asked for
            }
            return buffer.hasRemaining() ? segment.asSlice(0, buffer.position()) : segment;
        }
    }

    /**
     * Whether {@link #decode} will most likely take this file (a JPEG it can read, not CMYK, within the budget):
     * reads the header only. The renderer then asks for less oversampling, since DCT scaling filters properly.
     */
    @Override
    public boolean accepts(Path file, PixelBudget budget) {
        try (Arena arena = Arena.ofConfined()) {
            Header header = header(file, arena);
            return header != null && !header.isCmyk() && withinDeclared(header, budget)
                    && Files.size(file) <= plausibleFileSize(header);
        } catch (IOException | TurboJpegException | IllegalStateException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * The header, read from the first 256 KB (where it nearly always is; a long EXIF or ICC block may push it
     * further, then from up to 16 MB); null when the file is not a JPEG.
     */
    private Header header(Path file, Arena arena) throws IOException {
        MemorySegment head = read(file, HEADER_BYTES, arena);
        if (head == null || !startsLikeJpeg(head)) {
            return null;
        }
        try (TurboJpeg.Session session = lib.open()) {
            try {
                Header header = session.header(head, arena);
                if (header.width() > 0 && header.height() > 0) {
                    return header;
                }
                // cut inside a long segment before the frame header, libjpeg-turbo reports success and 0 x 0
            } catch (TurboJpegException e) {
                // cut inside the frame header itself
            }
            MemorySegment more = read(file, 16L << 20, arena);
            if (more == null || more.byteSize() == head.byteSize()) {
                return null;
            }
            return session.header(more, arena);
        }
    }

    /** Same for bytes already in memory. */
    @Override
    public Optional<Decoded> decode(byte[] data, int minWidth, int minHeight, PixelBudget budget) {
        if (data.length < 4) {
            return Optional.empty();
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment jpeg = lib.allocate(data.length, arena);
            MemorySegment.copy(data, 0, jpeg, ValueLayout.JAVA_BYTE, 0, data.length);
            return decode(jpeg, minWidth, minHeight, budget, arena);
        } catch (TurboJpegException e) {
            return Optional.empty();
        }
    }

    private Optional<Decoded> decode(MemorySegment jpeg, int minWidth, int minHeight, PixelBudget budget,
            Arena arena) {
        if (!startsLikeJpeg(jpeg)) {
            return Optional.empty();
        }
        try (TurboJpeg.Session session = lib.open()) {
            Header header = session.header(jpeg, arena);
            if (header.isCmyk() || !withinDeclared(header, budget)) {
                return Optional.empty();
            }
            Scale scale = ScaleChoice.choose(header.width(), header.height(), minWidth, minHeight, lib.scales());
            int w = scale.apply(header.width());
            int h = scale.apply(header.height());
            if ((long) w * h > budget.maxDecodedPixels()) {
                return Optional.empty();
            }
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            MemorySegment dst = lib.allocate(4L * w * h, arena);
            // 0x00RRGGBB as a native int: B,G,R,X in memory on little-endian machines, X,R,G,B on big-endian
            int format = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? TurboJpeg.PF_BGRX : TurboJpeg.PF_XRGB;
            session.decompress(jpeg, dst, w, h, format, TurboJpeg.FLAG_STOPONWARNING | TurboJpeg.FLAG_LIMITSCANS);
            MemorySegment.copy(dst, ValueLayout.JAVA_INT, 0, pixels, 0, pixels.length);
            return Optional.of(new Decoded(image, JpegMarkers.iccProfile(jpeg)));
        }
    }

    /** SOI marker first: anything else is not ours (and TurboJPEG would only complain). */
    private static boolean startsLikeJpeg(MemorySegment jpeg) {
        return (jpeg.get(ValueLayout.JAVA_BYTE, 0) & 0xFF) == 0xFF && (jpeg.get(ValueLayout.JAVA_BYTE, 1) & 0xFF) == 0xD8;
    }

    private static boolean withinDeclared(Header header, PixelBudget budget) {
        return header.width() > 0 && header.height() > 0
                && header.width() <= budget.maxSide() && header.height() <= budget.maxSide()
                && (long) header.width() * header.height() <= budget.maxDeclaredPixels();
    }
}
