// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.i18n.Messages;
import id.bingkai.wiring.Services;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Messages messages = new Messages(BingkaiCli.languageOf(args, Messages.INDONESIAN));
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true));
        int code = new BingkaiCli(Services.create(messages), console, () -> {
            throw new AssertionError("the editor must not open in a command-line test");
        }).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
