// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void anUnsetOrPosixLocaleStaysIndonesian() {
        assertThat(Messages.systemLanguage(Map.of(), Locale.ENGLISH, false)).isEqualTo(Messages.INDONESIAN);
        assertThat(Messages.systemLanguage(Map.of("LANG", "C.UTF-8"), Locale.ENGLISH, false))
                .isEqualTo(Messages.INDONESIAN);
    }

    @Test
    void anExplicitEnglishLocaleGivesEnglish() {
        assertThat(Messages.systemLanguage(Map.of("LANG", "en_GB.UTF-8"), Locale.UK, false)).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.systemLanguage(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "id_ID.UTF-8"), Locale.US, false))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Messages.systemLanguage(Map.of(), Locale.US, true)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anyOtherLanguageFallsBackToIndonesian() {
        assertThat(Messages.systemLanguage(Map.of("LANG", "de_DE.UTF-8"), Locale.GERMANY, false))
                .isEqualTo(Messages.INDONESIAN);
        assertThat(new Messages(Locale.FRENCH).locale()).isEqualTo(Messages.INDONESIAN);
    }

    @Test
    void pixelSizesAreNotGroupedLikeMoney() {
        assertThat(new Messages(Locale.ENGLISH).get("cli.render.done", "a.png", 1080, 1920)).contains("1080 × 1920");
        assertThat(new Messages(Messages.INDONESIAN).get("cli.render.done", "a.png", 1080, 1920))
                .contains("1080 × 1920");
    }
}
