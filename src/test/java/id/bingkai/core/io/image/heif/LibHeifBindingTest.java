// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.heif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bingkai.core.io.image.Downcall;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Finding libheif binds none of its functions: every program run finds it (the image loader is made with it), and
 * each binding spins classes at run time, so a run that opens no HEIC or AVIF photo pays for none of them.
 */
class LibHeifBindingTest {
    @Test
    void findingTheLibraryBindsNothingAndACallBindsOnlyItsOwnFunction() {
        Optional<LibHeif> found = LibHeif.find();
        assumeTrue(found.isPresent(), "libheif is not installed (Debian: apt-get install libheif1)");
        LibHeif lib = found.get();
        List<Downcall> all = List.of(lib.version, lib.contextAlloc, lib.contextFree,
                lib.readFromMemory, lib.primaryHandle, lib.handleWidth, lib.handleHeight, lib.handleHasAlpha,
                lib.profileType, lib.rawProfileSize, lib.rawProfile, lib.handleRelease, lib.decodeImage,
                lib.planeReadonly, lib.imageWidth, lib.imageHeight, lib.imageRelease);
        assertThat(all).noneMatch(Downcall::isBound);

        assertThat(lib.version()).matches("\\d+\\.\\d+.*");

        assertThat(lib.version.isBound()).isTrue();
        assertThat(all.stream().filter(Downcall::isBound)).hasSize(1);
    }
}
