// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.i18n.Msg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns any failure into a sentence for the user: what went wrong and, where we know, what to do. */
public final class UserErrors {
    private UserErrors() {
    }

    public static Msg describe(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        if (e instanceof BingkaiException be) {
            return be.userMessage();
        }
        if (e instanceof NoSuchFileException nf) {
            return Msg.of("app.error.not-found", nf.getFile());
        }
        if (e instanceof AccessDeniedException ad) {
            return Msg.of("app.error.access", ad.getFile());
        }
        if (e instanceof IOException io) {
            return Msg.of("app.error.io", String.valueOf(io.getMessage()));
        }
        if (e.getCause() instanceof OutOfMemoryError) {
            return Msg.of("app.error.memory");
        }
        return Msg.of("app.error.unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
    }
}
