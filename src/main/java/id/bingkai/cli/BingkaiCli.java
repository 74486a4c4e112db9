// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.error.PackException;
import id.bingkai.core.error.Problem;
import id.bingkai.core.error.RefusedException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.wiring.Services;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The command line: {@code bingkai [--lang en] <command>}. Maps failures to the documented exit codes and
 * prints messages that name the file and the reason, never a stack trace (set BINGKAI_DEBUG=1 for one).
 */
public final class BingkaiCli {
    private final Services services;
    private final Console console;
    private final IntSupplier editor;

    /**
     * @param editor opens the editor when no command is given; returns the exit code
     */
    public BingkaiCli(Services services, Console console, IntSupplier editor) {
        this.services = services;
        this.console = console;
        this.editor = editor;
    }

    /** The language asked for with {@code --lang xx} (or {@code --lang=xx}) anywhere in the arguments. */
    public static Locale languageOf(String[] args, Locale fallback) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Locale.of(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return Locale.of(args[i].substring("--lang=".length()));
            }
        }
        return fallback;
    }

    /** The first argument that is not {@code --lang xx}: the command (or front end) asked for; "" for none. */
    public static String commandOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
            } else if (!args[i].startsWith("--lang=")) {
                return args[i];
            }
        }
        return "";
    }

    public int run(String... args) {
        CommandLine cli = commandLine(args);
        return cli.execute(args);
    }

    CommandLine commandLine(String... args) {
        List<Subcommand> chosen = Subcommand.forArguments(args);
        Root root = new Root(services.messages(), editor);
        CommandLine cli = new CommandLine(root);
        for (Subcommand sub : chosen) {
            CommandLine command = new CommandLine(sub.create(services, console));
            // Every sub-command answers --help with its help and exit 0, before its required options are checked.
            command.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .descriptionKey("cli.option.help").build());
            cli.addSubcommand(sub.commandName(), command);
        }
        cli.setResourceBundle(services.messages().bundle());
        cli.setOut(console.out());
        cli.setErr(console.err());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(Path.class, this::path);
        cli.setExecutionExceptionHandler(this::onFailure);
        cli.setParameterExceptionHandler(new ParseErrors(services.messages()));
        describe(cli, "cli.description");
        for (Subcommand sub : chosen) {
            if (sub.descriptionKey() != null) {
                describe(cli.getSubcommands().get(sub.commandName()), sub.descriptionKey());
            }
        }
        return cli;
    }

    /** Command descriptions come from the bundle too (picocli only localises options by key). */
    private void describe(CommandLine command, String key) {
        command.getCommandSpec().usageMessage().description(services.messages().get(key).split("%n"));
    }

    /**
     * A path from the command line. Under a C/POSIX locale Java cannot represent names with accents or emoji and
     * has already turned them into '?'; say what to do instead of showing the JDK's exception.
     */
    private Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(services.messages().get("cli.error.path", value,
                    System.getProperty("sun.jnu.encoding", "?")));
        }
    }

    private int onFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        Messages m = services.messages();
        PrintWriter err = console.err();
        int code;
        if (e instanceof PackException pe) {
            err.println(m.format(pe.userMessage()));
            for (Problem p : pe.problems()) {
                err.println("  " + ProblemText.format(m, p));
            }
            code = ExitCode.BAD_INPUT;
        } else if (e instanceof BadInputException || e instanceof RefusedException) {
            err.println(m.format(((BingkaiException) e).userMessage()));
            code = ExitCode.BAD_INPUT;
        } else if (e instanceof BingkaiException be) {
            err.println(m.format(be.userMessage()));
            code = ExitCode.FAILURE;
        } else {
            err.println(m.get("cli.error.unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
            code = ExitCode.FAILURE;
        }
        if (System.getenv("BINGKAI_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The top-level command: with no sub-command it opens the editor. Its sub-commands are {@link Subcommand}. */
    @Command(name = "bingkai", mixinStandardHelpOptions = true, versionProvider = Version.class,
            resourceBundle = Messages.BUNDLE,
            exitCodeListHeading = "%n", exitCodeList = {})
    static final class Root implements Callable<Integer> {
        private final Messages messages;
        private final IntSupplier editor;

        @Option(names = "--lang", paramLabel = "LANG", scope = CommandLine.ScopeType.INHERIT,
                descriptionKey = "cli.option.lang")
        String lang;

        Root(Messages messages, IntSupplier editor) {
            this.messages = messages;
            this.editor = editor;
        }

        Messages messages() {
            return messages;
        }

        @Override
        public Integer call() {
            return editor.getAsInt();
        }
    }

    /** {@code --version}: the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BingkaiCli.class.getPackage().getImplementationVersion();
            return new String[] {"Bingkai " + (v == null ? "dev" : v)};
        }
    }
}
