// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.Test;

/** The iCCP profile as the JDK PNG reader hands it over, and every way it is left out. */
class PngProfileTest {
    private static final byte[] LINEAR = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
    private static final byte[] PNG = ImageFiles.encode(Pictures.flat(4, 4, 0x336699), "png");

    private static byte[] iccp(byte[] compressed) {
        return Bytes.pngChunk("iCCP", Bytes.concat(Bytes.latin1("Linear\0\0"), compressed));
    }

    private static ICC_Profile profileOf(byte[] file, String format) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (ByteArrayImageInputStream in = new ByteArrayImageInputStream(file)) {
            reader.setInput(in);
            return PngProfile.read(reader);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void anEmbeddedProfileIsInflatedWhole() throws IOException {
        ICC_Profile profile = profileOf(Bytes.withChunksAfterHeader(PNG, iccp(Bytes.deflate(LINEAR))), "png");

        assertThat(profile).isNotNull();
        assertThat(profile.getData()).isEqualTo(LINEAR);
    }

    @Test
    void noChunkOrAnSrgbChunkMeansNoProfile() throws IOException {
        byte[] srgbToo = Bytes.withChunksAfterHeader(PNG, Bytes.pngChunk("sRGB", new byte[] {0}),
                iccp(Bytes.deflate(LINEAR)));

        assertThat(profileOf(PNG, "png")).isNull();
        assertThat(profileOf(srgbToo, "png")).isNull();
    }

    @Test
    void aCutOrBombedProfileIsLeftOut() throws IOException {
        byte[] whole = Bytes.deflate(LINEAR);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        byte[] bomb = Bytes.deflateZeros(5L << 20);

        assertThat(profileOf(Bytes.withChunksAfterHeader(PNG, iccp(cut)), "png")).isNull();
        assertThat(profileOf(Bytes.withChunksAfterHeader(PNG, iccp(bomb)), "png")).isNull();
        assertThat(profileOf(Bytes.withChunksAfterHeader(PNG, iccp(Bytes.deflate(new byte[100]))), "png"))
                .as("inflates, but is no profile").isNull();
    }

    @Test
    void aReaderOfAnotherFormatHasNoPngProfile() throws IOException {
        assertThat(profileOf(ImageFiles.jpeg(Pictures.flat(4, 4, 0x336699)), "jpeg")).isNull();
    }

    /** A profile inflates to at most 4 MB: exactly that is read, one byte more is left out as a bomb. */
    @Test
    void aProfileOfExactlyFourMegabytesIsReadAndOneByteMoreIsNot() throws IOException {
        byte[] atLimit = padded(4 << 20);

        ICC_Profile profile = profileOf(Bytes.withChunksAfterHeader(PNG, iccp(Bytes.deflate(atLimit))), "png");

        assertThat(profile).isNotNull();
        assertThat(profile.getData()).as("the profile, its padding dropped").isEqualTo(LINEAR);
        assertThat(profileOf(Bytes.withChunksAfterHeader(PNG, iccp(Bytes.deflate(padded((4 << 20) + 1)))), "png"))
                .isNull();
    }

    /** A real profile with zeros after it, its header declaring the padded size. */
    private static byte[] padded(int size) {
        byte[] profile = Arrays.copyOf(LINEAR, size);
        java.nio.ByteBuffer.wrap(profile).putInt(0, size);
        return profile;
    }

    @Test
    void aProfileNeedingAPresetDictionaryIsLeftOut() throws IOException {
        Deflater deflater = new Deflater();
        deflater.setDictionary(LINEAR);
        deflater.setInput(LINEAR);
        deflater.finish();
        byte[] buffer = new byte[LINEAR.length + 1024];
        int n = deflater.deflate(buffer);
        deflater.end();
        assertThat(buffer[1] & 0x20).as("FDICT set").isEqualTo(0x20);

        assertThat(profileOf(Bytes.withChunksAfterHeader(PNG, iccp(Arrays.copyOf(buffer, n))), "png")).isNull();
    }
}
