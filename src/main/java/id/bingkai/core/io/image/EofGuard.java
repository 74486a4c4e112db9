// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.io.IOException;
import javax.imageio.IIOException;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * The stream a decoder reads through, which fails once the decoder keeps reading past the end of the file. Some
 * decoders swallow end-of-file and go on (the lossless WebP bit reader does so for every bit): a truncated
 * 300 KB file declaring 16 megapixels then costs a minute of CPU and "opens" as garbage. A decoder that
 * handles the end properly reads past it a few times at most.
 */
final class EofGuard extends ImageInputStreamImpl {
    /** Reads past the end allowed before the file counts as truncated. */
    static final int MAX_READS_PAST_END = 1024;

    private final ImageInputStream in;
    private int readsPastEnd;

    EofGuard(ImageInputStream in) throws IOException {
        this.in = in;
        this.streamPos = in.getStreamPosition();
        this.flushedPos = in.getFlushedPosition();
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        int b = in.read();
        if (b < 0) {
            pastEnd();
        } else {
            streamPos++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkClosed();
        bitOffset = 0;
        int n = in.read(b, off, len);
        if (n < 0) {
            pastEnd();
        } else {
            streamPos += n;
        }
        return n;
    }

    @Override
    public void seek(long pos) throws IOException {
        super.seek(pos);
        in.seek(pos);
    }

    @Override
    public void flushBefore(long pos) throws IOException {
        super.flushBefore(pos);
        in.flushBefore(pos);
    }

    @Override
    public long length() {
        try {
            return in.length();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public boolean isCached() {
        return in.isCached();
    }

    @Override
    public boolean isCachedMemory() {
        return in.isCachedMemory();
    }

    @Override
    public boolean isCachedFile() {
        return in.isCachedFile();
    }

    /** Leaves the underlying stream open: its owner closes it. */
    @Override
    public void close() throws IOException {
        super.close();
    }

    private void pastEnd() throws IIOException {
        if (++readsPastEnd > MAX_READS_PAST_END) {
            throw new IIOException("read past the end of the file " + readsPastEnd + " times: the file is truncated");
        }
    }
}
