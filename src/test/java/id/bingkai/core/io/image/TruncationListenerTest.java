// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which decoder warnings mean "the file is cut short" (the wording of the JDK's and TwelveMonkeys' readers). */
class TruncationListenerTest {
    private static boolean after(String... warnings) {
        TruncationListener listener = new TruncationListener();
        for (String warning : warnings) {
            listener.warningOccurred(null, warning);
        }
        return listener.truncated();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Premature end of JPEG file", "Image data TRUNCATED", "Missing EOI marker"})
    void anEndOfDataWarningMeansTruncated(String warning) {
        assertThat(after(warning)).isTrue();
        assertThat(after("Corrupt JPEG data: 3 extraneous bytes before marker 0xd9", warning)).isTrue();
        assertThat(after(warning, "Corrupt JPEG data: 3 extraneous bytes before marker 0xd9")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Corrupt JPEG data: 3 extraneous bytes before marker 0xd9",
        "Truncated ICC profile, ignoring", "Premature end of ICC profile data", ""})
    void strayBytesAndBrokenProfilesAreHarmless(String warning) {
        assertThat(after(warning)).isFalse();
    }

    @Test
    void aWarningWithoutTextIsHarmless() {
        assertThat(after((String) null)).isFalse();
        assertThat(after()).isFalse();
    }
}
