// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.io.IOException;
import javax.imageio.IIOException;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageInputStreamImpl;
import org.junit.jupiter.api.Test;

/** The guard's count of reads past the end, its position bookkeeping, and what it passes through. */
class EofGuardTest {
    /** A stream over bytes that says whatever it is told about caching and length. */
    private static final class Stub extends ImageInputStreamImpl {
        private final byte[] data;
        private final boolean cached;
        private final boolean memory;
        private final boolean file;
        private final boolean lengthFails;

        Stub(byte[] data, boolean cached, boolean memory, boolean file, boolean lengthFails) {
            this.data = data;
            this.cached = cached;
            this.memory = memory;
            this.file = file;
            this.lengthFails = lengthFails;
        }

        @Override
        public int read() {
            return streamPos < data.length ? data[(int) streamPos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (streamPos >= data.length) {
                return -1;
            }
            int n = (int) Math.min(len, data.length - streamPos);
            System.arraycopy(data, (int) streamPos, b, off, n);
            streamPos += n;
            return n;
        }

        /** ImageInputStreamImpl declares no IOException here, while the interface (and real streams) may throw it. */
        @Override
        public long length() {
            if (lengthFails) {
                throw Stub.<RuntimeException>sneaky(new IOException("no length"));
            }
            return data.length;
        }

        @SuppressWarnings("unchecked")
        private static <E extends Throwable> E sneaky(Throwable t) throws E {
            throw (E) t;
        }

        @Override
        public boolean isCached() {
            return cached;
        }

        @Override
        public boolean isCachedMemory() {
            return memory;
        }

        @Override
        public boolean isCachedFile() {
            return file;
        }
    }

    @Test
    void exactlyTheAllowedNumberOfReadsPastTheEndPass() throws IOException {
        EofGuard guard = new EofGuard(new ByteArrayImageInputStream(new byte[] {9}));
        assertThat(guard.read()).isEqualTo(9);
        for (int i = 0; i < EofGuard.MAX_READS_PAST_END; i++) {
            assertThat(guard.read()).isEqualTo(-1);
        }

        assertThatThrownBy(guard::read).isInstanceOf(IIOException.class)
                .hasMessageContaining((EofGuard.MAX_READS_PAST_END + 1) + " times");
    }

    @Test
    void blockReadsPastTheEndCountToo() throws IOException {
        EofGuard guard = new EofGuard(new ByteArrayImageInputStream(new byte[] {1, 2}));
        byte[] buffer = new byte[4];
        assertThat(guard.read(buffer, 0, 4)).isEqualTo(2);
        for (int i = 0; i < EofGuard.MAX_READS_PAST_END; i++) {
            assertThat(guard.read(buffer, 0, 4)).isEqualTo(-1);
        }

        assertThatThrownBy(() -> guard.read(buffer, 0, 4)).isInstanceOf(IIOException.class);
        assertThat(EofGuard.MAX_READS_PAST_END).isEqualTo(1024);
    }

    @Test
    void thePositionFollowsEveryByteRead() throws IOException {
        ImageInputStream in = new ByteArrayImageInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        in.seek(2);
        EofGuard guard = new EofGuard(in);
        assertThat(guard.getStreamPosition()).isEqualTo(2);

        assertThat(guard.read()).isEqualTo(3);
        assertThat(guard.getStreamPosition()).isEqualTo(3);
        assertThat(guard.read(new byte[3], 0, 3)).isEqualTo(3);
        assertThat(guard.getStreamPosition()).isEqualTo(6);
        assertThat(guard.read()).isEqualTo(7);
        assertThat(guard.read()).isEqualTo(8);
        assertThat(guard.read()).isEqualTo(-1);
        assertThat(guard.getStreamPosition()).isEqualTo(8);
        assertThat(guard.read(new byte[3], 0, 3)).isEqualTo(-1);
        assertThat(guard.getStreamPosition()).isEqualTo(8);
    }

    @Test
    void flushingReachesTheUnderlyingStreamButClosingDoesNot() throws IOException {
        ImageInputStream in = new ByteArrayImageInputStream(new byte[] {1, 2, 3, 4, 5, 6});
        in.seek(1);
        in.flushBefore(1);
        EofGuard guard = new EofGuard(in);
        assertThat(guard.getFlushedPosition()).isEqualTo(1);
        guard.seek(4);

        guard.flushBefore(3);

        assertThat(in.getFlushedPosition()).isEqualTo(3);
        assertThat(guard.getFlushedPosition()).isEqualTo(3);
        guard.close();
        in.seek(4);
        assertThat(in.read()).as("the owner's stream is still open").isEqualTo(5);
    }

    @Test
    void cachingAndLengthAreTheUnderlyingStreams() throws IOException {
        EofGuard memory = new EofGuard(new Stub(new byte[3], true, true, false, false));
        EofGuard file = new EofGuard(new Stub(new byte[5], true, false, true, false));
        EofGuard none = new EofGuard(new Stub(new byte[0], false, false, false, true));

        assertThat(new boolean[] {memory.isCached(), memory.isCachedMemory(), memory.isCachedFile()})
                .containsExactly(true, true, false);
        assertThat(new boolean[] {file.isCached(), file.isCachedMemory(), file.isCachedFile()})
                .containsExactly(true, false, true);
        assertThat(new boolean[] {none.isCached(), none.isCachedMemory(), none.isCachedFile()})
                .containsExactly(false, false, false);
        assertThat(memory.length()).isEqualTo(3);
        assertThat(file.length()).isEqualTo(5);
        assertThat(none.length()).as("unknown").isEqualTo(-1);
    }

    @Test
    void aClosedGuardReadsNothingMore() throws IOException {
        ImageInputStream in = new ByteArrayImageInputStream(new byte[] {1, 2, 3, 4});
        EofGuard guard = new EofGuard(in);
        assertThat(guard.read()).isEqualTo(1);

        guard.close();

        assertThatThrownBy(guard::read).isInstanceOf(IOException.class).hasMessage("closed");
        assertThatThrownBy(() -> guard.read(new byte[2], 0, 2)).isInstanceOf(IOException.class).hasMessage("closed");
        assertThat(in.read()).as("nothing was taken from the owner's stream").isEqualTo(2);
    }

    @Test
    void readsOfNothingBeforeTheEndAreNotReadsPastIt() throws IOException {
        EofGuard guard = new EofGuard(new Stub(new byte[] {7, 8}, false, false, false, false));
        byte[] buffer = new byte[4];
        for (int i = 0; i <= EofGuard.MAX_READS_PAST_END + 1; i++) {
            assertThat(guard.read(buffer, 0, 0)).isZero();
        }

        assertThat(guard.read(buffer, 1, 3)).isEqualTo(2);
        assertThat(buffer).containsExactly(0, 7, 8, 0);
        assertThat(guard.getStreamPosition()).isEqualTo(2);
    }
}
