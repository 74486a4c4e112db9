// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static id.bingkai.core.batch.BatchFixtures.MESSAGES;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.PhotoRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How far the runner reads ahead of its workers, how many rows run at once, and an interrupt while it waits. */
class BatchRunnerThreadsTest {
    @TempDir
    Path dir;
    Path sheet;

    @BeforeEach
    void sheet() throws IOException {
        Files.createDirectories(dir.resolve("foto"));
        Files.write(dir.resolve("foto/s.jpg"), new byte[] {1});
        StringBuilder text = new StringBuilder("nama,foto\n");
        for (int i = 1; i <= 20; i++) {
            text.append("Orang ").append(i).append(",foto/s.jpg\n");
        }
        sheet = Files.writeString(dir.resolve("orang.csv"), text);
    }

    private BatchJob job(int threads) {
        return BatchFixtures.job(sheet, dir.resolve("hasil"), null, false, false, false, threads);
    }

    /**
     * With one worker held on its first row, the reader prepares two rows (one rendering, one waiting) and reads a
     * third that then waits for a place: it never reads the whole sheet ahead.
     */
    @Test
    void theReaderStaysAtMostTwoRowsPerWorkerAhead() {
        Thread caller = Thread.currentThread();
        AtomicInteger read = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        AtomicBoolean first = new AtomicBoolean(true);
        FakeRowWork held = new FakeRowWork() {
            @Override
            public PhotoRef photo(Path file) {
                if (first.getAndSet(false)) {
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (System.nanoTime() < end && read.get() < 3) {
                        Thread.onSpinWait();
                    }
                    try {
                        Thread.sleep(300); // time enough to read on, were the reader not held
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    mostAhead.set(read.get());
                }
                return super.photo(file);
            }
        };
        BatchSummary summary = new BatchRunner(held, MESSAGES).run(job(1), BatchListener.NONE,
                () -> Thread.currentThread() == caller && read.incrementAndGet() < 0);
        assertThat(summary.done()).isEqualTo(20);
        assertThat(mostAhead.get()).as("rows read while the first was held").isEqualTo(3);
    }

    @Test
    void twoWorkersRenderTwoRowsAtOnce() {
        CyclicBarrier both = new CyclicBarrier(2);
        AtomicInteger met = new AtomicInteger();
        FakeRowWork meeting = new FakeRowWork() {
            @Override
            public PhotoRef photo(Path file) {
                if (met.get() == 0) {
                    try {
                        both.await(5, TimeUnit.SECONDS);
                        met.incrementAndGet();
                    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                        both.reset();
                    }
                }
                return super.photo(file);
            }
        };
        BatchSummary summary = new BatchRunner(meeting, MESSAGES).run(job(2), BatchListener.NONE);
        assertThat(summary.done()).isEqualTo(20);
        assertThat(met.get()).as("two rows were in photo() together").isEqualTo(2);
        assertThat(meeting.threads.values()).allMatch(t -> t.matches("bingkai-batch-[12] daemon"));
    }

    @Test
    void anInterruptWhileWaitingForTheWorkersIsKeptForTheCaller() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FakeRowWork waiting = new FakeRowWork() {
            @Override
            public PhotoRef photo(Path file) {
                rendering.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.photo(file);
            }
        };
        Files.writeString(sheet, "nama,foto\nSatu,foto/s.jpg\n");
        AtomicReference<BatchSummary> summary = new AtomicReference<>();
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        Thread runner = Thread.ofPlatform().start(() -> {
            summary.set(new BatchRunner(waiting, MESSAGES).run(job(1), BatchListener.NONE));
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (runner.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < end) {
            Thread.sleep(1);
        }
        runner.interrupt();
        Thread.sleep(20);
        release.countDown();
        runner.join(10_000);
        assertThat(runner.isAlive()).isFalse();
        assertThat(summary.get().done()).as("the row in flight is finished, not abandoned").isEqualTo(1);
        assertThat(interruptedAfter).isTrue();
    }
}
