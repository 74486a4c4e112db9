// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.turbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bingkai.core.io.image.turbo.TurboJpeg.Scale;
import id.bingkai.testing.Needs;
import id.bingkai.testing.SystemLoader;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library binding itself: found where the system's loader finds it (so that a search that wrongly comes back
 * empty fails here instead of quietly skipping every libjpeg-turbo test), its own error text passed on, the size of
 * the buffers it hands out, and which scaling-factor tables it takes.
 */
class TurboJpegLibraryTest {
    private static TurboJpeg library() {
        return Needs.present(TurboJpeg.find(), "libjpeg-turbo (libturbojpeg0)");
    }

    @Test
    void theSystemsLibturbojpegIsFoundUnderItsUsualName() {
        assumeTrue(System.getProperty("bingkai.turbojpeg") == null, "the library is pointed at or turned off");
        assumeTrue(SystemLoader.findsOnLinux("libturbojpeg.so.0"),
                "libturbojpeg is not installed (Debian: apt-get install libturbojpeg0)");

        assertThat(TurboJpeg.defaultLibraryNames()).startsWith("libturbojpeg.so.0", "libturbojpeg.so");
        assertThat(TurboJpeg.find()).hasValueSatisfying(
                lib -> assertThat(lib.libraryName()).isEqualTo("libturbojpeg.so.0"));
        assertThat(TurboJpeg.find(List.of("no-such-library.so", "libturbojpeg.so.0"))).hasValueSatisfying(
                lib -> assertThat(lib.libraryName()).isEqualTo("libturbojpeg.so.0"));
    }

    @Test
    void aRefusedHeaderCarriesLibjpegTurbosOwnReason() {
        TurboJpeg lib = library();
        byte[] gif = "GIF89a, not a JPEG".getBytes(StandardCharsets.US_ASCII);
        try (Arena arena = Arena.ofConfined(); TurboJpeg.Session session = lib.open()) {
            MemorySegment data = arena.allocate(gif.length);
            MemorySegment.copy(gif, 0, data, ValueLayout.JAVA_BYTE, 0, gif.length);

            assertThatThrownBy(() -> session.header(data, arena)).isInstanceOf(TurboJpegException.class)
                    .hasMessage("Not a JPEG file: starts with 0x47 0x49");
        }
    }

    @Test
    void anEmptyOrNegativeBufferIsOneByteAndOthersTheirSize() {
        TurboJpeg lib = library();
        try (Arena arena = Arena.ofConfined()) {
            assertThat(lib.allocate(0, arena).byteSize()).isEqualTo(1);
            assertThat(lib.allocate(-7, arena).byteSize()).isEqualTo(1);
            MemorySegment block = lib.allocate(4096, arena);
            assertThat(block.byteSize()).isEqualTo(4096);
            block.set(ValueLayout.JAVA_INT, 4092, 0x12345678);
            assertThat(block.get(ValueLayout.JAVA_INT, 4092)).isEqualTo(0x12345678);
        }
    }

    @Test
    void libjpegTurbosScalesAreTheSixteenEighthsFromTwoDown() {
        List<Scale> scales = library().scales();

        assertThat(scales).hasSize(16).startsWith(new Scale(2, 1)).endsWith(new Scale(1, 8))
                .contains(new Scale(1, 1), new Scale(1, 2), new Scale(3, 8));
        assertThat(scales.stream().map(s -> s.apply(8000))).doesNotHaveDuplicates();
    }

    // --- the factor table as the library hands it over; a fake tjGetScalingFactors stands in for the library ---

    /** Stands in for {@code tjGetScalingFactors(int *numScalingFactors)}: says {@code count}, gives {@code pairs}. */
    record FakeTable(int count, int[] pairs) {
        public MemorySegment factors(MemorySegment numScalingFactors) {
            numScalingFactors.set(ValueLayout.JAVA_INT, 0, count);
            if (pairs.length == 0) {
                return MemorySegment.NULL;
            }
            MemorySegment array = Arena.ofAuto().allocate(4L * pairs.length, 4);
            MemorySegment.copy(pairs, 0, array, ValueLayout.JAVA_INT, 0, pairs.length);
            return array;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Scale> readScales(int count, int... pairs) throws Throwable {
        MethodHandle fake = MethodHandles.lookup().findVirtual(FakeTable.class, "factors",
                MethodType.methodType(MemorySegment.class, MemorySegment.class)).bindTo(new FakeTable(count, pairs));
        Method read = TurboJpeg.class.getDeclaredMethod("readScales", MethodHandle.class);
        read.setAccessible(true);
        try {
            return (List<Scale>) read.invoke(null, fake);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void factorsWithANonPositivePartAreLeftOut() throws Throwable {
        assertThat(readScales(4, 1, 2, 0, 8, 3, 0, 1, 8)).containsExactly(new Scale(1, 2), new Scale(1, 8));
        assertThat(readScales(2, 1, 1, 1, 8)).containsExactly(new Scale(1, 1), new Scale(1, 8));
    }

    @Test
    void aTableOfOneToSixtyFourFactorsIsTakenAndNoneOrMoreIsRefused() throws Throwable {
        int[] sixtyFour = new int[128];
        for (int i = 0; i < 64; i++) {
            sixtyFour[2 * i] = 1;
            sixtyFour[2 * i + 1] = i + 1;
        }
        assertThat(readScales(64, sixtyFour)).hasSize(64).endsWith(new Scale(1, 64));
        assertThat(readScales(1, 1, 1)).containsExactly(new Scale(1, 1));

        int[] sixtyFive = Arrays.copyOf(sixtyFour, 130);
        sixtyFive[128] = 1;
        sixtyFive[129] = 65;
        assertThatThrownBy(() -> readScales(65, sixtyFive)).isInstanceOf(TurboJpegException.class)
                .hasMessage("tjGetScalingFactors gave no factors");
        assertThatThrownBy(() -> readScales(0, 1, 1)).isInstanceOf(TurboJpegException.class);
        assertThatThrownBy(() -> readScales(-1, 1, 1)).isInstanceOf(TurboJpegException.class);
        assertThatThrownBy(() -> readScales(2)).as("a null table").isInstanceOf(TurboJpegException.class);
    }
}
