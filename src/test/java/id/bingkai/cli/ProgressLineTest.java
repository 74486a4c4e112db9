// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.batch.RowResult;
import id.bingkai.core.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void showsDoneOfTotalRateAndTimeLeftAndEndsWithANewLine() {
        AtomicLong now = new AtomicLong();
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new Messages(Locale.ENGLISH), new PrintWriter(text), now::get);
        line.started(4);
        for (int row = 2; row <= 5; row++) {
            now.addAndGet(500_000_000L); // two images per second
            line.finished(new RowResult(row, RowResult.Status.DONE, row + ".jpg", java.util.Optional.empty()));
            if (row == 3) {
                assertThat(text.toString()).endsWith("\r2/4 · 2.0 images/s · 0:01 left   ");
            }
        }
        assertThat(text.toString()).contains("\r4/4 · 2.0 images/s · 0:00 left").endsWith(System.lineSeparator());
    }
}
