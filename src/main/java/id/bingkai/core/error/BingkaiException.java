// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.error;

import id.bingkai.core.i18n.Msg;
import java.util.Objects;

/** A failure the user can understand: it carries a localisable message, never just a stack trace. */
public class BingkaiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Msg userMessage;

    public BingkaiException(Msg userMessage, Throwable cause) {
        super(userMessage.key() + " " + userMessage.args(), cause);
        this.userMessage = Objects.requireNonNull(userMessage);
    }

    public BingkaiException(Msg userMessage) {
        this(userMessage, null);
    }

    public Msg userMessage() {
        return userMessage;
    }
}
