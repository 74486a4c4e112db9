// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.project;

import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises network locations in a project file ({@code \\server\share\...}, {@code //server/share/...}). A
 * project from someone else must not make Windows connect to a server of their choosing: merely checking whether
 * such a file exists sends the user's credentials to it.
 */
final class NetworkPaths {
    private NetworkPaths() {
    }

    static boolean isNetwork(String path) {
        return path.startsWith("\\\\") || path.startsWith("//") || path.startsWith("\\/") || path.startsWith("/\\");
    }

    @SafeVarargs
    static boolean any(Optional<String>... paths) {
        return Arrays.stream(paths).flatMap(Optional::stream).anyMatch(NetworkPaths::isNetwork);
    }
}
