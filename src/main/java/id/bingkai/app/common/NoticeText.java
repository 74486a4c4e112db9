// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.LocalizedText;
import java.nio.file.Path;

/** Formats a message for the user's language, including pack names given in several languages. */
public final class NoticeText {
    private NoticeText() {
    }

    public static String format(Messages messages, Msg msg) {
        Object[] args = msg.args().stream().map(a -> switch (a) {
            case Msg m -> format(messages, m);
            case LocalizedText t -> t.get(messages.locale());
            case Path p -> p.getFileName() == null ? p.toString() : p.toString();
            default -> a;
        }).toArray();
        return messages.get(msg.key(), args);
    }

    /**
     * The message as a sentence of its own: guideline findings begin with the element's name, written in lower case
     * because the same words also appear mid-sentence (teks "Siti Aminah" ...).
     */
    public static String sentence(Messages messages, Msg msg) {
        String text = format(messages, msg);
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder(text.length()).appendCodePoint(Character.toTitleCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }
}
