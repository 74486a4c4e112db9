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
}
