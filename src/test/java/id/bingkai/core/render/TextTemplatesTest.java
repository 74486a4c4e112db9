// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTemplatesTest {
    private static final String TAG = "#ASNpilihNETRAL";

    @Test
    void placeholdersAreReplacedByTheirValues() {
        assertThat(TextTemplates.resolve("{nama} - {unit}", Map.of("nama", "Siti Rahma", "unit", "BKN"), TAG))
                .isEqualTo("Siti Rahma - BKN");
    }

    @Test
    void tagPlaceholderIsThePackTag() {
        assertThat(TextTemplates.resolve("Saya netral {tag}", Map.of(), TAG)).isEqualTo("Saya netral " + TAG);
    }

    @Test
    void unknownPlaceholdersBecomeEmpty() {
        assertThat(TextTemplates.resolve("[{jabatan}]{nama}", Map.of("nama", "Budi"), TAG)).isEqualTo("[]Budi");
    }

    @Test
    void valuesAreInsertedLiterallyAndNeverExpandedAgain() {
        Map<String, String> values = Map.of("nama", "{tag} $1 \\ {unit}", "unit", "X");
        assertThat(TextTemplates.resolve("{nama}", values, TAG)).isEqualTo("{tag} $1 \\ {unit}");
    }

    @Test
    void bracesAroundOtherTextStayAsTheyAre() {
        assertThat(TextTemplates.resolve("{ nama } {} {nama", Map.of("nama", "Budi"), TAG))
                .isEqualTo("{ nama } {} {nama");
    }
}
