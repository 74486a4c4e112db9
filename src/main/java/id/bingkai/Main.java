// SPDX-License-Identifier: Apache-2.0
package id.bingkai;

import id.bingkai.app.EditorLauncher;
import id.bingkai.cli.BingkaiCli;
import id.bingkai.cli.Console;
import id.bingkai.core.i18n.Messages;
import id.bingkai.kiosk.KioskLauncher;
import id.bingkai.wiring.Services;
import java.io.PrintWriter;
import java.lang.ref.Reference;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar bingkai.jar [command]}: builds the core services once ({@link Services}) and hands them to one
 * front end. No command opens the editor; commands work headless. Main is the only class that knows every front
 * end: they stand side by side and none imports another.
 */
public final class Main {
    private static final String AOT_TRAINING = "aot-training";

    private Main() {
    }

    public static void main(String[] args) {
        Messages messages = new Messages(BingkaiCli.languageOf(args, Messages.systemLanguage()));
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, stdoutCharset(console));
        PrintWriter err = new PrintWriter(System.err, true, stdoutCharset(console));
        Services services = Services.create(messages);
        // JSVG logs every broken SVG with a stack trace on the console; Bingkai reports the problem itself.
        Logger svgLog = Logger.getLogger("com.github.weisj.jsvg");
        svgLog.setLevel(Level.OFF);
        int code = run(args, services, new Console(out, err));
        Reference.reachabilityFence(svgLog); // the log manager holds loggers weakly
        System.exit(code);
    }

    /**
     * Picks the front end from the first word that is not {@code --lang xx}. A front end with its own arguments (the
     * kiosk: {@code bingkai kiosk ...}) gets a case here; no argument at all opens the editor at once
     * ({@link #straightToEditor}); everything else goes to the command line, which opens the editor when no command is
     * given ({@code bingkai --lang en}).
     */
    static int run(String[] args, Services services, Console console) {
        return run(args, services, console, files -> new EditorLauncher(services, console.err()).launch(files, false));
    }

    /** @param editor opens the editor with these files and blocks until it closes; returns the exit code */
    static int run(String[] args, Services services, Console console, ToIntFunction<List<Path>> editor) {
        if (straightToEditor(args)) {
            return editor.applyAsInt(List.of());
        }
        String word = BingkaiCli.commandOf(args);
        if (EditorLauncher.opens(word)) { // a project or frame pack opened from the desktop
            return editor.applyAsInt(List.of(Path.of(word)));
        }
        int code = switch (word) {
            case "kiosk" -> new KioskLauncher(services, console.out(), console.err()).run(args);
            default -> new BingkaiCli(services, console, () -> editor.applyAsInt(List.of())).run(args);
        };
        if (word.equals(AOT_TRAINING) && code == 0 && System.getenv("BINGKAI_AOT_EDITOR") != null) {
            // The package build's training run (packaging/build.sh): the editor's start goes into the cache too.
            code = new EditorLauncher(services, console.err()).launch(List.of(), true);
        }
        return code;
    }

    /**
     * The desktop's start (bin/Bingkai, no arguments) opens the editor without the command line: picocli would first
     * build the models of all its commands (~0.3 s of the installed editor's start, docs/performance.md) only to
     * find that none was asked for. Anything else ({@code --lang en}, {@code --help}) still goes through it.
     */
    static boolean straightToEditor(String[] args) {
        return args.length == 0;
    }

    private static Charset stdoutCharset(Charset fallback) {
        String enc = System.getProperty("stdout.encoding");
        return enc != null && Charset.isSupported(enc) ? Charset.forName(enc) : fallback;
    }
}
