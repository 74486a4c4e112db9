// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.turbo;

import id.bingkai.core.io.image.Downcall;
import id.bingkai.core.io.image.NativeLibraries;
import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few TurboJPEG 2.x functions Bingkai needs, called through the FFM API (no JNI, nothing bundled). The system's
 * libjpeg-turbo decodes about twice as fast as the JDK's bundled libjpeg and scales in the DCT domain, so a 12 MP
 * photo needed at 1000 px is never decoded at full size. Absent library: {@link #find} is empty and callers use
 * ImageIO.
 */
public final class TurboJpeg {
    /** Pixel formats (turbojpeg.h TJPF_*). */
    static final int PF_BGRX = 3;
    static final int PF_XRGB = 5;
    /** Chroma subsampling (TJSAMP_*). */
    static final int SAMP_420 = 2;
    /** JPEG colour spaces (TJCS_*). */
    static final int CS_CMYK = 3;
    static final int CS_YCCK = 4;
    /** Flags (TJFLAG_*). */
    static final int FLAG_STOPONWARNING = 8192;
    static final int FLAG_LIMITSCANS = 32768;

    /**
     * Where the library usually lives. {@code -Dbingkai.turbojpeg=/path/libturbojpeg.so} is tried first;
     * {@code -Dbingkai.turbojpeg=off} gives no names at all, so that ImageIO decodes everything (for comparisons).
     */
    public static List<String> defaultLibraryNames() {
        return NativeLibraries.candidates("bingkai.turbojpeg", new NativeLibraries.Names(
                List.of("turbojpeg.dll", "C:\\libjpeg-turbo64\\bin\\turbojpeg.dll"),
                List.of("libturbojpeg.0.dylib", "/opt/homebrew/opt/jpeg-turbo/lib/libturbojpeg.0.dylib",
                        "/usr/local/opt/jpeg-turbo/lib/libturbojpeg.0.dylib"),
                List.of("libturbojpeg.so.0", "libturbojpeg.so", "/opt/libjpeg-turbo/lib64/libturbojpeg.so")));
    }

    /** The first library of {@link #defaultLibraryNames()} that loads and has every function; empty otherwise. */
    public static Optional<TurboJpeg> find() {
        return find(defaultLibraryNames());
    }

    /** Never throws: a missing library, a missing symbol or native access denied all give empty. */
    public static Optional<TurboJpeg> find(List<String> libraryNames) {
        return NativeLibraries.first(libraryNames, TurboJpeg::new);
    }

    /** A scaling factor num/denom that the library can decode at in the DCT domain. */
    public record Scale(int num, int denom) {
        /** TJSCALED: the size of a dimension after scaling, rounded up as libjpeg does. */
        public int apply(int dimension) {
            return (int) ((dimension * (long) num + denom - 1) / denom);
        }
    }

    /** What {@code tjDecompressHeader3} says about a JPEG. */
    public record Header(int width, int height, int subsampling, int colorspace) {
        public boolean isCmyk() {
            return colorspace == CS_CMYK || colorspace == CS_YCCK;
        }
    }

    /** Every function we call: {@link #find} checks that they all exist; each is bound on its first call. */
    private static final List<String> SYMBOLS = List.of("tjInitDecompress", "tjDecompressHeader3", "tjDecompress2",
            "tjDestroy", "tjGetErrorStr2", "tjInitCompress", "tjCompress2", "tjAlloc", "tjFree", "tjGetScalingFactors");

    private final String libraryName;
    private final boolean longIsInt;
    private final Downcall initDecompress;
    private final Downcall decompressHeader3;
    private final Downcall decompress2;
    private final Downcall destroy;
    private final Downcall errorStr2;
    private final Downcall initCompress;
    private final Downcall compress2;
    private final Downcall alloc;
    private final Downcall free;
    private final Downcall scalingFactors;
    private volatile List<Scale> scales;

    private TurboJpeg(SymbolLookup lookup, String libraryName) {
        for (String symbol : SYMBOLS) {
            if (lookup.find(symbol).isEmpty()) {
                throw new IllegalArgumentException("no symbol " + symbol + " in " + libraryName);
            }
        }
        this.libraryName = libraryName;
        Linker linker = Linker.nativeLinker();
        MemoryLayout cLong = linker.canonicalLayouts().get("long");
        this.longIsInt = cLong.byteSize() == 4;
        AddressLayout ptr = ValueLayout.ADDRESS;
        ValueLayout.OfInt cInt = ValueLayout.JAVA_INT;
        initDecompress = new Downcall(linker, lookup, "tjInitDecompress", FunctionDescriptor.of(ptr));
        decompressHeader3 = new Downcall(linker, lookup, "tjDecompressHeader3",
                FunctionDescriptor.of(cInt, ptr, ptr, cLong, ptr, ptr, ptr, ptr));
        decompress2 = new Downcall(linker, lookup, "tjDecompress2",
                FunctionDescriptor.of(cInt, ptr, ptr, cLong, ptr, cInt, cInt, cInt, cInt, cInt));
        destroy = new Downcall(linker, lookup, "tjDestroy", FunctionDescriptor.of(cInt, ptr));
        errorStr2 = new Downcall(linker, lookup, "tjGetErrorStr2", FunctionDescriptor.of(ptr, ptr));
        initCompress = new Downcall(linker, lookup, "tjInitCompress", FunctionDescriptor.of(ptr));
        compress2 = new Downcall(linker, lookup, "tjCompress2",
                FunctionDescriptor.of(cInt, ptr, ptr, cInt, cInt, cInt, cInt, ptr, ptr, cInt, cInt, cInt));
        alloc = new Downcall(linker, lookup, "tjAlloc", FunctionDescriptor.of(ptr, cInt));
        free = new Downcall(linker, lookup, "tjFree", FunctionDescriptor.ofVoid(ptr));
        scalingFactors = new Downcall(linker, lookup, "tjGetScalingFactors", FunctionDescriptor.of(ptr, ptr));
    }

    /**
     * {@code bytes} of native memory freed with {@code arena}, not zero-filled first as an arena's own allocation
     * is: for buffers that a read or a decode overwrites completely (a 48 MP photo's file and pixels are 25 MB that
     * need no clearing).
     */
    MemorySegment allocate(long bytes, Arena arena) {
        if (bytes <= 0 || bytes > Integer.MAX_VALUE) {
            return arena.allocate(Math.max(bytes, 1));
        }
        MemorySegment block;
        try {
            block = (MemorySegment) alloc.handle().invokeExact((int) bytes);
        } catch (Throwable t) {
            throw new TurboJpegException(t.toString());
        }
        if (block.equals(MemorySegment.NULL)) {
            throw new OutOfMemoryError("tjAlloc(" + bytes + ")");
        }
        MethodHandle release = free.handle();
        return block.reinterpret(bytes, arena, segment -> {
            try {
                release.invokeExact(segment);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        });
    }

    private static List<Scale> readScales(MethodHandle scalingFactors) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment count = arena.allocate(ValueLayout.JAVA_INT);
            MemorySegment array = (MemorySegment) scalingFactors.invokeExact(count);
            int n = count.get(ValueLayout.JAVA_INT, 0);
            if (array.equals(MemorySegment.NULL) || n <= 0 || n > 64) {
                throw new TurboJpegException("tjGetScalingFactors gave no factors");
            }
            MemorySegment factors = array.reinterpret(8L * n);
            List<Scale> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int num = factors.get(ValueLayout.JAVA_INT, 8L * i);
                int denom = factors.get(ValueLayout.JAVA_INT, 8L * i + 4);
                if (num > 0 && denom > 0) {
                    list.add(new Scale(num, denom));
                }
            }
            return List.copyOf(list);
        } catch (TurboJpegException e) {
            throw e;
        } catch (Throwable t) {
            throw new TurboJpegException(t.toString());
        }
    }

    public String libraryName() {
        return libraryName;
    }

    /** Every scaling factor the library supports (libjpeg-turbo 2.x: 1/8 .. 2 in eighths). */
    public List<Scale> scales() {
        List<Scale> s = scales;
        if (s == null) {
            s = readScales(scalingFactors.handle());
            scales = s; // the same list whichever thread wins
        }
        return s;
    }

    /** A new decompressor; not thread-safe, close it after use. */
    Session open() {
        return open(initDecompress);
    }

    /** A new compressor; not thread-safe, close it after use. */
    Session openCompressor() {
        return open(initCompress);
    }

    private Session open(Downcall init) {
        try {
            MemorySegment handle = (MemorySegment) init.handle().invokeExact();
            if (handle.equals(MemorySegment.NULL)) {
                throw new TurboJpegException("tjInit failed");
            }
            return new Session(this, handle);
        } catch (TurboJpegException e) {
            throw e;
        } catch (Throwable t) {
            throw new TurboJpegException(t.toString());
        }
    }

    /** One TurboJPEG handle (decompressor or compressor). */
    static final class Session implements AutoCloseable {
        private final TurboJpeg lib;
        private final MemorySegment handle;

        private Session(TurboJpeg lib, MemorySegment handle) {
            this.lib = lib;
            this.handle = handle;
        }

        Header header(MemorySegment jpeg, Arena arena) {
            MemorySegment ints = arena.allocate(ValueLayout.JAVA_INT, 4);
            int rc;
            try {
                rc = lib.longIsInt
                        ? (int) lib.decompressHeader3.handle().invoke(handle, jpeg, (int) jpeg.byteSize(), ints,
                                ints.asSlice(4), ints.asSlice(8), ints.asSlice(12))
                        : (int) lib.decompressHeader3.handle().invoke(handle, jpeg, jpeg.byteSize(), ints,
                                ints.asSlice(4), ints.asSlice(8), ints.asSlice(12));
            } catch (Throwable t) {
                throw new TurboJpegException(t.toString());
            }
            if (rc != 0) {
                throw new TurboJpegException(error());
            }
            return new Header(ints.get(ValueLayout.JAVA_INT, 0), ints.get(ValueLayout.JAVA_INT, 4),
                    ints.get(ValueLayout.JAVA_INT, 8), ints.get(ValueLayout.JAVA_INT, 12));
        }

        /** Decodes into {@code dst} (width x height x 4 bytes) at the scale that gives exactly that size. */
        void decompress(MemorySegment jpeg, MemorySegment dst, int width, int height, int pixelFormat, int flags) {
            int rc;
            try {
                MethodHandle decompress2 = lib.decompress2.handle();
                rc = lib.longIsInt
                        ? (int) decompress2.invoke(handle, jpeg, (int) jpeg.byteSize(), dst, width, width * 4, height,
                                pixelFormat, flags)
                        : (int) decompress2.invoke(handle, jpeg, jpeg.byteSize(), dst, width, width * 4, height,
                                pixelFormat, flags);
            } catch (Throwable t) {
                throw new TurboJpegException(t.toString());
            }
            if (rc != 0) {
                throw new TurboJpegException(error());
            }
        }

        /** Compresses {@code src} (width x height x 4 bytes) into a new byte array: baseline JFIF, no other marker. */
        byte[] compress(MemorySegment src, int width, int height, int pixelFormat, int subsampling, int quality,
                Arena arena) {
            MemorySegment out = arena.allocate(ValueLayout.ADDRESS);
            out.set(ValueLayout.ADDRESS, 0, MemorySegment.NULL);
            MemorySegment size = arena.allocate(ValueLayout.JAVA_LONG);
            int rc;
            try {
                rc = (int) lib.compress2.handle().invoke(handle, src, width, width * 4, height, pixelFormat, out, size,
                        subsampling, quality, 0);
            } catch (Throwable t) {
                throw new TurboJpegException(t.toString());
            }
            MemorySegment buffer = out.get(ValueLayout.ADDRESS, 0);
            try {
                if (rc != 0 || buffer.equals(MemorySegment.NULL)) {
                    throw new TurboJpegException(error());
                }
                long length = lib.longIsInt ? Integer.toUnsignedLong(size.get(ValueLayout.JAVA_INT, 0))
                        : size.get(ValueLayout.JAVA_LONG, 0);
                return buffer.reinterpret(length).toArray(ValueLayout.JAVA_BYTE);
            } finally {
                if (!buffer.equals(MemorySegment.NULL)) {
                    try {
                        lib.free.handle().invokeExact(buffer);
                    } catch (Throwable t) {
                        // leaks one buffer at worst
                    }
                }
            }
        }

        private String error() {
            try {
                MemorySegment s = (MemorySegment) lib.errorStr2.handle().invokeExact(handle);
                return s.equals(MemorySegment.NULL) ? "unknown TurboJPEG error" : s.reinterpret(1024).getString(0);
            } catch (Throwable t) {
                return t.toString();
            }
        }

        @Override
        public void close() {
            try {
                int ignored = (int) lib.destroy.handle().invokeExact(handle);
            } catch (Throwable t) {
                // nothing sensible to do: the handle is gone either way
            }
        }
    }
}
