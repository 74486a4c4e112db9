// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.i18n.Msg;

/**
 * The files of one pack (a folder, a zip read in memory, or the class path), looked up by paths that
 * {@link PackPaths#check} accepted and {@link PackPaths#normalise} normalised.
 */
interface PackFiles {
    /** The whole file, if it exists, is a regular file inside the pack and has at most {@code maxBytes}. */
    Lookup find(String path, long maxBytes);

    /** The outcome of a lookup: the bytes or why there are none. */
    sealed interface Lookup {
        record Found(byte[] bytes) implements Lookup {
        }

        record Refused(Msg reason) implements Lookup {
        }

        static Lookup refused(String key, Object... args) {
            return new Refused(Msg.of(key, args));
        }
    }
}
