// SPDX-License-Identifier: Apache-2.0
package id.bingkai;

import id.bingkai.app.EditorLauncher;
import id.bingkai.cli.BingkaiCli;
import id.bingkai.cli.Services;
import id.bingkai.core.i18n.Messages;
import java.io.PrintWriter;
import java.lang.ref.Reference;
import java.nio.charset.Charset;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code java -jar bingkai.jar [command]}: no command opens the editor; commands work headless. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Messages messages = new Messages(BingkaiCli.languageOf(args, Messages.systemLanguage()));
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, stdoutCharset(console));
        PrintWriter err = new PrintWriter(System.err, true, stdoutCharset(console));
        Services services = Services.create(messages, out, err);
        // JSVG logs every broken SVG with a stack trace on the console; Bingkai reports the problem itself.
        Logger svgLog = Logger.getLogger("com.github.weisj.jsvg");
        svgLog.setLevel(Level.OFF);
        int code = new BingkaiCli(services, () -> new EditorLauncher(services).launch()).run(args);
        Reference.reachabilityFence(svgLog); // the log manager holds loggers weakly
        System.exit(code);
    }

    private static Charset stdoutCharset(Charset fallback) {
        String enc = System.getProperty("stdout.encoding");
        return enc != null && Charset.isSupported(enc) ? Charset.forName(enc) : fallback;
    }
}
