// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.heif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bingkai.testing.SystemLoader;
import org.junit.jupiter.api.Test;

/**
 * Where the system's loader finds libheif by its usual Linux name, {@link LibHeif#find()} finds it too: checked
 * against the loader itself, so that a search that wrongly comes back empty fails here instead of quietly skipping
 * every HEIF test.
 */
class LibHeifFindTest {
    @Test
    void theSystemsLibheifIsFoundUnderItsUsualName() {
        assumeTrue(System.getProperty("bingkai.libheif") == null, "the library is pointed at or turned off");
        assumeTrue(SystemLoader.findsOnLinux("libheif.so.1"),
                "libheif is not installed (Debian: apt-get install libheif1)");

        assertThat(LibHeif.defaultLibraryNames()).startsWith("libheif.so.1");
        assertThat(LibHeif.find()).hasValueSatisfying(lib -> assertThat(lib.libraryName()).isEqualTo("libheif.so.1"));
        assertThat(LibHeifDecoder.system()).isPresent();
    }
}
