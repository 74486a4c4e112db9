// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.error;

import id.bingkai.core.i18n.Msg;
import java.nio.file.Path;

/**
 * The user gave us a file we cannot use (broken, hostile, unsupported, missing). The message names the file
 * and the reason; the CLI exits with code 3.
 */
public class BadInputException extends BingkaiException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public BadInputException(Path file, Msg reason, Throwable cause) {
        super(Msg.of("error.file", file, reason), cause);
        this.file = file;
    }

    public BadInputException(Path file, Msg reason) {
        this(file, reason, null);
    }

    public Path file() {
        return file;
    }

    /** The reason alone, without the file name. */
    public Msg reason() {
        return (Msg) userMessage().args().get(1);
    }
}
