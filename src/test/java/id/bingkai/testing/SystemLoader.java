// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;

/** What the operating system's own library loader finds, to check the program's library search against it. */
public final class SystemLoader {
    private SystemLoader() {
    }

    /** On Linux, whether the system's loader finds a library by this name ({@code libheif.so.1}); false elsewhere. */
    public static boolean findsOnLinux(String name) {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            return false;
        }
        try {
            SymbolLookup.libraryLookup(name, Arena.global());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
