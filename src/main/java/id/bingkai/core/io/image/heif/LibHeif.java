// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.heif;

import id.bingkai.core.io.image.Downcall;
import id.bingkai.core.io.image.NativeLibraries;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Optional;

/**
 * The few libheif (1.x) functions Bingkai needs, called through the FFM API: nothing bundled, nothing compiled.
 * libheif decodes HEIC through libde265 and AVIF through libaom or dav1d, whichever the system built it with.
 * Absent library: {@link #find} is empty and the loader keeps telling the user to convert the photo.
 */
public final class LibHeif {
    /** heif_colorspace_RGB, heif_chroma_interleaved_RGB / _RGBA, heif_channel_interleaved (heif.h). */
    static final int COLORSPACE_RGB = 1;
    static final int CHROMA_INTERLEAVED_RGB = 10;
    static final int CHROMA_INTERLEAVED_RGBA = 11;
    static final int CHANNEL_INTERLEAVED = 10;
    /** heif_color_profile_type: fourcc codes of the two ICC kinds. */
    static final int PROFILE_RICC = fourcc("rICC");
    static final int PROFILE_PROF = fourcc("prof");

    /** struct heif_error { enum code; enum subcode; const char* message; }, returned by value. */
    static final StructLayout ERROR = MemoryLayout.structLayout(ValueLayout.JAVA_INT.withName("code"),
            ValueLayout.JAVA_INT.withName("subcode"), ValueLayout.ADDRESS.withName("message"));

    private static final List<String> SYMBOLS = List.of("heif_get_version", "heif_context_alloc", "heif_context_free",
            "heif_context_read_from_memory_without_copy", "heif_context_get_primary_image_handle",
            "heif_image_handle_get_width", "heif_image_handle_get_height", "heif_image_handle_has_alpha_channel",
            "heif_image_handle_get_color_profile_type", "heif_image_handle_get_raw_color_profile_size",
            "heif_image_handle_get_raw_color_profile", "heif_image_handle_release", "heif_decode_image",
            "heif_image_get_plane_readonly", "heif_image_get_width", "heif_image_get_height", "heif_image_release");

    private final String libraryName;
    final Downcall version;
    final Downcall contextAlloc;
    final Downcall contextFree;
    final Downcall readFromMemory;
    final Downcall primaryHandle;
    final Downcall handleWidth;
    final Downcall handleHeight;
    final Downcall handleHasAlpha;
    final Downcall profileType;
    final Downcall rawProfileSize;
    final Downcall rawProfile;
    final Downcall handleRelease;
    final Downcall decodeImage;
    final Downcall planeReadonly;
    final Downcall imageWidth;
    final Downcall imageHeight;
    final Downcall imageRelease;

    /**
     * Where the library usually lives. {@code -Dbingkai.libheif=/path/libheif.so.1} is tried first;
     * {@code -Dbingkai.libheif=off} finds none (to test the message users without it get).
     */
    public static List<String> defaultLibraryNames() {
        return NativeLibraries.candidates("bingkai.libheif", new NativeLibraries.Names(
                List.of("heif.dll", "libheif.dll"),
                List.of("libheif.1.dylib", "/opt/homebrew/opt/libheif/lib/libheif.1.dylib",
                        "/usr/local/opt/libheif/lib/libheif.1.dylib"),
                List.of("libheif.so.1", "libheif.so")));
    }

    /** The first library of {@link #defaultLibraryNames()} that loads and has every function; empty otherwise. */
    public static Optional<LibHeif> find() {
        return find(defaultLibraryNames());
    }

    /** Never throws: a missing library, a missing symbol or native access denied all give empty. */
    public static Optional<LibHeif> find(List<String> libraryNames) {
        return NativeLibraries.first(libraryNames, LibHeif::new);
    }

    private LibHeif(SymbolLookup lookup, String libraryName) {
        for (String symbol : SYMBOLS) {
            if (lookup.find(symbol).isEmpty()) {
                throw new IllegalArgumentException("no symbol " + symbol + " in " + libraryName);
            }
        }
        this.libraryName = libraryName;
        Linker linker = Linker.nativeLinker();
        MemoryLayout size = linker.canonicalLayouts().get("size_t");
        ValueLayout ptr = ValueLayout.ADDRESS;
        ValueLayout cInt = ValueLayout.JAVA_INT;
        Binder bind = (name, descriptor) -> new Downcall(linker, lookup, name, descriptor);
        version = bind.of("heif_get_version", FunctionDescriptor.of(ptr));
        contextAlloc = bind.of("heif_context_alloc", FunctionDescriptor.of(ptr));
        contextFree = bind.of("heif_context_free", FunctionDescriptor.ofVoid(ptr));
        readFromMemory = bind.of("heif_context_read_from_memory_without_copy",
                FunctionDescriptor.of(ERROR, ptr, ptr, size, ptr));
        primaryHandle = bind.of("heif_context_get_primary_image_handle", FunctionDescriptor.of(ERROR, ptr, ptr));
        handleWidth = bind.of("heif_image_handle_get_width", FunctionDescriptor.of(cInt, ptr));
        handleHeight = bind.of("heif_image_handle_get_height", FunctionDescriptor.of(cInt, ptr));
        handleHasAlpha = bind.of("heif_image_handle_has_alpha_channel", FunctionDescriptor.of(cInt, ptr));
        profileType = bind.of("heif_image_handle_get_color_profile_type", FunctionDescriptor.of(cInt, ptr));
        rawProfileSize = bind.of("heif_image_handle_get_raw_color_profile_size", FunctionDescriptor.of(size, ptr));
        rawProfile = bind.of("heif_image_handle_get_raw_color_profile", FunctionDescriptor.of(ERROR, ptr, ptr));
        handleRelease = bind.of("heif_image_handle_release", FunctionDescriptor.ofVoid(ptr));
        decodeImage = bind.of("heif_decode_image", FunctionDescriptor.of(ERROR, ptr, ptr, cInt, cInt, ptr));
        planeReadonly = bind.of("heif_image_get_plane_readonly", FunctionDescriptor.of(ptr, ptr, cInt, ptr));
        imageWidth = bind.of("heif_image_get_width", FunctionDescriptor.of(cInt, ptr, cInt));
        imageHeight = bind.of("heif_image_get_height", FunctionDescriptor.of(cInt, ptr, cInt));
        imageRelease = bind.of("heif_image_release", FunctionDescriptor.ofVoid(ptr));
    }

    /** The library's file name as it was found, for diagnostics. */
    public String libraryName() {
        return libraryName;
    }

    /** The version the library reports, such as "1.15.1". */
    public String version() {
        try {
            MemorySegment text = (MemorySegment) version.handle().invokeExact();
            return text.equals(MemorySegment.NULL) ? "?" : text.reinterpret(64).getString(0);
        } catch (Throwable t) {
            return "?";
        }
    }

    private static int fourcc(String code) {
        return code.charAt(0) << 24 | code.charAt(1) << 16 | code.charAt(2) << 8 | code.charAt(3);
    }

    @FunctionalInterface
    private interface Binder {
        Downcall of(String name, FunctionDescriptor descriptor);
    }
}
