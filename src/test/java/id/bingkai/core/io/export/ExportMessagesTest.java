// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportMessagesTest {
    private static final List<String> KEYS = List.of("render.error.size", "render.error.memory",
            "export.error.exists", "export.error.isFolder", "export.error.notAFolder", "export.error.noFolder",
            "export.error.readOnly", "export.error.diskFull", "export.error.io");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "en"})
    void everyRenderAndExportMessageExistsAndFormats(String language) {
        Messages messages = new Messages(Locale.of(language));
        for (String key : KEYS) {
            assertThat(messages.bundle().containsKey(key)).as(key).isTrue();
            String text = new MessageFormat(messages.bundle().getString(key), messages.locale())
                    .format(new Object[] {"/tmp/a", "2", "3", "4"});
            assertThat(text).as(key).doesNotContain("{").isNotBlank();
        }
    }
}
