// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.PackException;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What every refusal must look like: a known reason, translated into both languages, never "out of memory". */
final class ClearAnswers {
    private static final Set<String> MEMORY = Set.of("image.error.memory", "render.error.memory");

    private final Messages indonesian = new Messages(Messages.INDONESIAN);
    private final Messages english = new Messages(Locale.ENGLISH);

    void check(BadInputException e) {
        assertThat(e.file()).as("a refusal names the file").isNotNull();
        translated(e.userMessage());
        assertThat(e.reason().key()).isNotIn(MEMORY);
        if (e instanceof PackException pack) {
            check(pack.problems());
        }
    }

    void check(List<Problem> problems) {
        for (Problem p : problems) {
            assertThat(p.file()).as("a problem names the file").isNotBlank();
            assertThat(p.reason().key()).isNotIn(MEMORY);
            translated(p.reason());
        }
    }

    /** A warning shown to the user (e.g. a project whose photo is gone). */
    void check(Msg warning) {
        translated(warning);
    }

    /** The message and every message inside it exist in both languages (arguments may contain anything). */
    private void translated(Msg msg) {
        for (Messages language : List.of(indonesian, english)) {
            assertThat(language.bundle().containsKey(msg.key())).as("'%s' in %s", msg.key(), language.locale())
                    .isTrue();
        }
        msg.args().stream().filter(Msg.class::isInstance).map(Msg.class::cast).forEach(this::translated);
    }
}
