// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestWinsTest {
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final List<String> worked = new ArrayList<>();
    private final List<String> results = new ArrayList<>();

    private final LatestWins<String, String> latest = new LatestWins<>(background::add, Runnable::run,
            in -> {
                worked.add(in);
                return in.toUpperCase();
            }, (in, out) -> results.add(out), e -> results.add("error"));

    @Test
    void requestsOvertakenWhileAJobRunsAreNeverWorkedOn() {
        latest.submit("a");
        latest.submit("b");
        latest.submit("c");
        assertThat(background).hasSize(1);
        background.poll().run();
        assertThat(worked).containsExactly("c");
        assertThat(results).containsExactly("C");
        assertThat(latest.busy()).isFalse();
    }

    @Test
    void aRequestArrivingDuringWorkRunsRightAfterIt() {
        LatestWins<String, String>[] self = new LatestWins[1];
        self[0] = new LatestWins<>(background::add, Runnable::run, in -> {
            worked.add(in);
            if (in.equals("a")) {
                self[0].submit("b");
                self[0].submit("c");
            }
            return in;
        }, (in, out) -> results.add(out), e -> { });
        self[0].submit("a");
        background.poll().run();
        assertThat(worked).containsExactly("a", "c");
        assertThat(background).isEmpty();
    }

    @Test
    void aFailureIsReportedAndLaterRequestsStillRun() {
        LatestWins<String, String> failing = new LatestWins<>(Runnable::run, Runnable::run, in -> {
            if (in.equals("x")) {
                throw new IllegalStateException("boom");
            }
            return in;
        }, (in, out) -> results.add(out), e -> results.add("error"));
        failing.submit("x");
        failing.submit("y");
        assertThat(results).containsExactly("error", "y");
    }
}
