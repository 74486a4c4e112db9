// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * One native function of a library found through {@link NativeLibraries}, bound on its first call. Binding spins
 * classes at run time (a stub and a dozen lambda forms each, which the AOT cache cannot hold; the first binding of a
 * run costs tens of milliseconds), so a run binds only what it calls: a JPEG render never binds libheif, a decode
 * never binds the encoder, and no run that goes well binds the error-text functions. Thread-safe.
 */
public final class Downcall {
    private final Linker linker;
    private final SymbolLookup lookup;
    private final String name;
    private final FunctionDescriptor signature;
    private volatile MethodHandle handle;

    /** {@code name} must be in {@code lookup}: the libraries check every symbol when they are found. */
    public Downcall(Linker linker, SymbolLookup lookup, String name, FunctionDescriptor signature) {
        this.linker = linker;
        this.lookup = lookup;
        this.name = name;
        this.signature = signature;
    }

    /** Whether the function has been bound (called, or asked for its handle) in this run. */
    public boolean isBound() {
        return handle != null;
    }

    public MethodHandle handle() {
        MethodHandle h = handle;
        if (h == null) {
            synchronized (this) {
                h = handle;
                if (h == null) {
                    h = linker.downcallHandle(lookup.find(name).orElseThrow(), signature);
                    handle = h;
                }
            }
        }
        return h;
    }
}
