// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import id.bingkai.core.i18n.Msg;
import java.util.Objects;

/** A message for the user: shown as a notification, never as a stack trace. */
public record Notice(Kind kind, Msg message) {
    public enum Kind {
        INFO, WARNING, ERROR
    }

    public Notice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(message);
    }

    public static Notice info(String key, Object... args) {
        return new Notice(Kind.INFO, Msg.of(key, args));
    }

    public static Notice error(Msg message) {
        return new Notice(Kind.ERROR, message);
    }
}
