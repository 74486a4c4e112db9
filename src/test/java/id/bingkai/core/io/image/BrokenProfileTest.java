// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A broken colour profile costs accurate colour at most, never the photo, and never the memory it claims. */
class BrokenProfileTest {
    private final ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());
    private final byte[] jpeg = ImageFiles.jpeg(Pictures.blocks(), 0.95f);
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** An APP2 ICC_PROFILE chunk {@code sequence} of {@code count} holding {@code data}. */
    private byte[] withIccChunk(int sequence, int count, byte[] data) {
        byte[] id = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
        return Bytes.withSegment(jpeg, 0xE2, Bytes.concat(id, new byte[] {(byte) sequence, (byte) count},
                data));
    }

    private static byte[] declaringSize(byte[] profile, long size) {
        byte[] copy = profile.clone();
        ByteBuffer.wrap(copy).putInt((int) size);
        return copy;
    }

    @Test
    void profileClaimingTwoGigabytesIsRefusedBeforeTheDecoderAllocatesThem() {
        Path name = Path.of("profil-bohong.jpg");
        byte[] file = withIccChunk(1, 1, declaringSize(Arrays.copyOf(srgb, 400), Integer.MAX_VALUE - 8));

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> loader.read(file, name, 0, 0));

        assertThat(e).isNotNull();
        assertThat(e.reason().key()).as("not image.error.memory").isEqualTo("image.error.damaged");
        assertThat(e.reason().args()).containsExactly("JPEG");
    }

    @Test
    void theLargestSizeAJpegCanHoldIsNotRefused() {
        byte[] file = withIccChunk(1, 1, declaringSize(Arrays.copyOf(srgb, 400), JpegProfileCheck.MAX_PROFILE_BYTES));

        BufferedImage image = loader.read(file, Path.of("profil.jpg"), 0, 0);

        assertThat(image.getWidth()).isEqualTo(64);
    }

    @Test
    void profileMissingItsOtherChunksIsIgnoredAndThePhotoOpens() {
        byte[] file = withIccChunk(1, 3, Arrays.copyOf(srgb, srgb.length / 3));

        BufferedImage image = loader.read(file, Path.of("sepertiga.jpg"), 0, 0);

        PixelAssert.assertColour(image, 8, 8, Pictures.BLOCK_COLOURS[0], 12);
    }

    @Test
    void profileThatIsNoProfileIsIgnoredAndThePhotoOpens() {
        byte[] garbage = new byte[300];
        new java.util.Random(3).nextBytes(garbage);

        BufferedImage image = loader.read(withIccChunk(1, 1, garbage), Path.of("acak.jpg"), 0, 0);

        PixelAssert.assertColour(image, 8, 8, Pictures.BLOCK_COLOURS[0], 12);
    }
}
