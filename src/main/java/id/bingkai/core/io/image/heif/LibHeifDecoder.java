// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.heif;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.image.HeifDecoder;
import id.bingkai.core.io.image.PixelBudget;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link HeifDecoder} on the system's libheif. Every call has its own libheif context and its own confined arena,
 * so one instance serves several batch threads at once; native memory is freed before a call returns, whatever
 * happens. libheif applies the container's rotation and mirroring (its default), and converts YCbCr to RGB with the
 * file's nclx matrix; an ICC profile is handed to the loader, which converts to sRGB as for every other format.
 * A file is read once, straight into the call's native memory (no Java array, no second copy), and handed to
 * libheif without copy; one context serves both the header check and the decode. Not libheif's own file reader:
 * 1.15 (Debian 12) reads the coded picture while parsing and again while decoding, and opens narrow-character paths
 * on Windows. Not a memory map either: a file truncated while libheif reads it would crash the JVM instead of
 * failing one photo.
 */
public final class LibHeifDecoder implements HeifDecoder {
    /** heif_error_code values that mean "this machine's libheif cannot do it", not "the file is broken". */
    private static final int UNSUPPORTED_FILETYPE = 3;
    private static final int UNSUPPORTED_FEATURE = 4;
    private static final int MEMORY = 6;
    private static final int PLUGIN = 7;
    /** heif_suberror_Security_limit_exceeded: the file declares more than libheif's own limits allow. */
    private static final int SECURITY_LIMIT = 1000;

    private final LibHeif lib;

    public LibHeifDecoder(LibHeif lib) {
        this.lib = Objects.requireNonNull(lib, "lib");
    }

    /** The system's libheif, or empty when it is not installed. */
    public static Optional<HeifDecoder> system() {
        return LibHeif.find().map(LibHeifDecoder::new);
    }

    @Override
    public Header header(Source source, Path name, String format, PixelBudget budget) {
        return withPrimary(source, name, format, budget, (arena, handle) -> header(arena, handle, name, format,
                budget));
    }

    @Override
    public Decoded decode(Source source, Path name, String format, PixelBudget budget,
            Consumer<Header> beforeDecode) {
        Objects.requireNonNull(beforeDecode, "beforeDecode");
        return withPrimary(source, name, format, budget, (arena, handle) -> {
            Header header = header(arena, handle, name, format, budget);
            beforeDecode.accept(header);
            boolean alpha = header.alpha();
            MemorySegment out = arena.allocate(ValueLayout.ADDRESS);
            check((MemorySegment) lib.decodeImage.handle().invoke(arena, handle, out, LibHeif.COLORSPACE_RGB,
                    alpha ? LibHeif.CHROMA_INTERLEAVED_RGBA : LibHeif.CHROMA_INTERLEAVED_RGB, MemorySegment.NULL),
                    name, format, budget);
            MemorySegment image = out.get(ValueLayout.ADDRESS, 0);
            try {
                return new Decoded(header, pixels(arena, image, alpha, name, format));
            } finally {
                lib.imageRelease.handle().invoke(image);
            }
        });
    }

    private Header header(Arena arena, MemorySegment handle, Path name, String format, PixelBudget budget)
            throws Throwable {
        int width = (int) lib.handleWidth.handle().invoke(handle);
        int height = (int) lib.handleHeight.handle().invoke(handle);
        boolean alpha = (int) lib.handleHasAlpha.handle().invoke(handle) != 0;
        return new Header(width, height, alpha, iccProfile(arena, handle, name, format, budget));
    }

    private BufferedImage pixels(Arena arena, MemorySegment image, boolean alpha, Path name, String format)
            throws Throwable {
        int width = (int) lib.imageWidth.handle().invoke(image, LibHeif.CHANNEL_INTERLEAVED);
        int height = (int) lib.imageHeight.handle().invoke(image, LibHeif.CHANNEL_INTERLEAVED);
        MemorySegment strideOut = arena.allocate(ValueLayout.JAVA_INT);
        MemorySegment plane = (MemorySegment) lib.planeReadonly.handle().invoke(image, LibHeif.CHANNEL_INTERLEAVED, strideOut);
        int stride = strideOut.get(ValueLayout.JAVA_INT, 0);
        int channels = alpha ? 4 : 3;
        if (width <= 0 || height <= 0 || plane.equals(MemorySegment.NULL) || stride < (long) width * channels) {
            throw damaged(name, format, null);
        }
        MemorySegment rows = plane.reinterpret((long) stride * height);
        BufferedImage result = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] argb = ((DataBufferInt) result.getRaster().getDataBuffer()).getData();
        byte[] row = new byte[width * channels];
        for (int y = 0; y < height; y++) {
            MemorySegment.copy(rows, ValueLayout.JAVA_BYTE, (long) y * stride, row, 0, row.length);
            int at = y * width;
            for (int x = 0, i = 0; x < width; x++, i += channels) {
                int a = alpha ? row[i + 3] & 0xFF : 0xFF;
                argb[at + x] = a << 24 | (row[i] & 0xFF) << 16 | (row[i + 1] & 0xFF) << 8 | row[i + 2] & 0xFF;
            }
        }
        return result;
    }

    private byte[] iccProfile(Arena arena, MemorySegment handle, Path name, String format, PixelBudget budget)
            throws Throwable {
        int type = (int) lib.profileType.handle().invoke(handle);
        if (type != LibHeif.PROFILE_RICC && type != LibHeif.PROFILE_PROF) {
            return null;
        }
        long size = (long) lib.rawProfileSize.handle().invoke(handle);
        if (size <= 0 || size > 4 << 20) {
            return null; // an ICC profile of over 4 MB is not a real one; the pixels are taken as sRGB
        }
        MemorySegment profile = arena.allocate(size);
        check((MemorySegment) lib.rawProfile.handle().invoke(arena, handle, profile), name, format, budget);
        return profile.toArray(ValueLayout.JAVA_BYTE);
    }

    private <T> T withPrimary(Source source, Path name, String format, PixelBudget budget, OnHandle<T> work) {
        Objects.requireNonNull(source, "source");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment context = (MemorySegment) lib.contextAlloc.handle().invoke();
            if (context.equals(MemorySegment.NULL)) {
                throw new BadInputException(name, Msg.of("image.error.memory"));
            }
            try {
                check(read(arena, context, source, name), name, format, budget);
                MemorySegment out = arena.allocate(ValueLayout.ADDRESS);
                check((MemorySegment) lib.primaryHandle.handle().invoke(arena, context, out), name, format, budget);
                MemorySegment handle = out.get(ValueLayout.ADDRESS, 0);
                try {
                    return work.run(arena, handle);
                } finally {
                    lib.handleRelease.handle().invoke(handle);
                }
            } finally {
                lib.contextFree.handle().invoke(context);
            }
        } catch (BadInputException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new BadInputException(name, Msg.of("image.error.memory"), e);
        } catch (Throwable t) {
            throw damaged(name, format, t);
        }
    }

    /** Hands the input to the context, in native memory that lives as long as the call's arena. */
    private MemorySegment read(Arena arena, MemorySegment context, Source source, Path name) throws Throwable {
        MemorySegment bytes = switch (source) {
            case Source.Bytes b -> {
                MemorySegment copy = arena.allocate(Math.max(1, b.data().length));
                MemorySegment.copy(b.data(), 0, copy, ValueLayout.JAVA_BYTE, 0, b.data().length);
                yield copy;
            }
            case Source.File f -> readAll(arena, f.path(), name);
        };
        return (MemorySegment) lib.readFromMemory.handle().invoke(arena, context, bytes, bytes.byteSize(),
                MemorySegment.NULL);
    }

    /** The whole file in one pass into native memory; a file that shrank meanwhile gives what is there. */
    private static MemorySegment readAll(Arena arena, Path file, Path name) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            MemorySegment all = arena.allocate(Math.max(1, size));
            ByteBuffer buffer = all.asByteBuffer();
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // FileChannel reads at most what the buffer holds
            }
            return all.asSlice(0, Math.max(1, buffer.position()));
        } catch (IOException e) {
            throw new BadInputException(name, Msg.of("image.error.unreadable"), e);
        }
    }

    /** A heif_error other than heif_error_Ok becomes the user's message; libheif's own text is kept as the cause. */
    private static void check(MemorySegment error, Path name, String format, PixelBudget budget) {
        int code = error.get(ValueLayout.JAVA_INT, 0);
        if (code == 0) {
            return;
        }
        MemorySegment text = error.get(ValueLayout.ADDRESS, 8);
        String detail = text.equals(MemorySegment.NULL) ? "" : text.reinterpret(1024).getString(0);
        IllegalStateException cause = new IllegalStateException("libheif error " + code + ": " + detail);
        if (code == MEMORY && error.get(ValueLayout.JAVA_INT, 4) == SECURITY_LIMIT) {
            throw new BadInputException(name, Msg.of("image.error.too-large-declared", budget.maxSide(),
                    Math.round(budget.maxDeclaredPixels() / 1_000_000.0)), cause);
        }
        switch (code) {
            case MEMORY -> throw new BadInputException(name, Msg.of("image.error.memory"), cause);
            case UNSUPPORTED_FILETYPE, UNSUPPORTED_FEATURE, PLUGIN -> throw new BadInputException(name,
                    Msg.of("image.error.heif-unsupported", label(format), detail), cause);
            default -> throw damaged(name, format, cause);
        }
    }

    private static BadInputException damaged(Path name, String format, Throwable cause) {
        return new BadInputException(name, Msg.of("image.error.damaged", label(format)), cause);
    }

    private static String label(String format) {
        return format.toUpperCase(Locale.ROOT);
    }

    @FunctionalInterface
    private interface OnHandle<T> {
        T run(Arena arena, MemorySegment handle) throws Throwable;
    }
}
