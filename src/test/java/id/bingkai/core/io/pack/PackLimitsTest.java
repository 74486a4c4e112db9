// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The caps of a pack: every limit must be positive, reads stop one byte past a cap, totals count exactly. */
class PackLimitsTest {
    private static final long[] ONES = {1, 1, 1, 1, 1, 1, 1, 1, 1};

    private static PackLimits limits(long[] v) {
        return new PackLimits((int) v[0], v[1], v[2], (int) v[3], (int) v[4], (int) v[5], (int) v[6], (int) v[7],
                (int) v[8]);
    }

    @ParameterizedTest(name = "limit #{0} = 0")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void everyLimitMustBeAtLeastOne(int which) {
        long[] zero = ONES.clone();
        zero[which] = 0;
        long[] negative = ONES.clone();
        negative[which] = -1;

        assertThatThrownBy(() -> limits(zero)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pack limits must be positive");
        assertThatThrownBy(() -> limits(negative)).isInstanceOf(IllegalArgumentException.class);
        assertThat(limits(ONES).maxSvgBytes()).isEqualTo(1);
    }

    @Test
    void aStreamOfExactlyTheCapIsReadWholeAndOneByteMoreIsRefused() throws IOException {
        byte[] data = new byte[200_000]; // several 64 KiB chunks
        new Random(3).nextBytes(data);

        assertThat(BoundedRead.readAll(new ByteArrayInputStream(data), data.length)).get()
                .satisfies(read -> assertThat(read).isEqualTo(data));
        assertThat(BoundedRead.readAll(new ByteArrayInputStream(data), data.length - 1)).isEmpty();
        assertThat(BoundedRead.readAll(new ByteArrayInputStream(data), 1 << 30)).get()
                .satisfies(read -> assertThat(read).isEqualTo(data));
        assertThat(BoundedRead.readAll(new ByteArrayInputStream(new byte[0]), 10)).get()
                .satisfies(read -> assertThat(read).isEmpty());
        assertThat(BoundedRead.readAll(new ByteArrayInputStream(new byte[] {7}), 1)).get()
                .satisfies(read -> assertThat(read).containsExactly(7));
    }

    @Test
    void aStreamPastTheCapIsReadNoFurtherThanOneByteBeyondIt() throws IOException {
        int[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 1);
                served[0] += len;
                return len;
            }
        };

        assertThat(BoundedRead.readAll(endless, 100_000)).isEmpty();
        assertThat(served[0]).isEqualTo(100_001);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0 B", "1023, 1023 B", "1024, 1 KB", "1048575, 1023 KB", "1048576, 1 MB", "67108864, 64 MB",
        "268435456, 256 MB", "1536, 1 KB"})
    void sizesAreDescribedInWholeUnits(long bytes, String said) {
        assertThat(BoundedRead.describe(bytes)).isEqualTo(said);
    }

    @Test
    void theBudgetAcceptsExactlyItsMaximumAndNotOneByteMore() {
        ByteBudget budget = new ByteBudget(100);

        assertThat(budget.max()).isEqualTo(100);
        assertThat(budget.take(60)).isTrue();
        assertThat(budget.take(40)).isTrue();
        assertThat(budget.take(1)).isFalse();
        assertThat(new ByteBudget(10).take(11)).isFalse();
    }
}
