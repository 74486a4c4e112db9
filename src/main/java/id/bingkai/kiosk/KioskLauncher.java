// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Messages;
import id.bingkai.kiosk.config.KioskConfig;
import id.bingkai.kiosk.config.KioskConfigException;
import id.bingkai.kiosk.config.KioskConfigReader;
import id.bingkai.kiosk.config.PinCommand;
import id.bingkai.wiring.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bingkai kiosk --config kiosk.json} starts the kiosk after the configuration passed every check (else it
 * prints every problem and exits 3); {@code bingkai kiosk --hash-pin} prints the admin PIN's hash for the config.
 */
public final class KioskLauncher {
    /** Exit codes, the same as the command line's. */
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int BAD_INPUT = 3;

    private final Services services;
    private final PrintWriter out;
    private final PrintWriter err;

    public KioskLauncher(Services services, PrintWriter out, PrintWriter err) {
        this.services = Objects.requireNonNull(services);
        this.out = Objects.requireNonNull(out);
        this.err = Objects.requireNonNull(err);
    }

    /** The options after {@code kiosk}. */
    @Command(name = "bingkai kiosk", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
    static final class Options {
        @Option(names = "--config", paramLabel = "FILE", descriptionKey = "kiosk.cli.option.config")
        Path config;

        @Option(names = "--hash-pin", descriptionKey = "kiosk.cli.option.hash-pin")
        boolean hashPin;

        @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "cli.option.lang")
        String lang;
    }

    /** {@code args} as the program got them: {@code [--lang xx] kiosk ...}. */
    public int run(String... args) {
        Messages m = services.messages();
        Options options = new Options();
        CommandLine cli = new CommandLine(options);
        cli.setResourceBundle(m.bundle());
        cli.getCommandSpec().usageMessage().description(m.get("kiosk.cli.description").split("%n"));
        try {
            cli.parseArgs(withoutCommandWord(args));
        } catch (CommandLine.ParameterException e) {
            err.println(e.getMessage());
            cli.usage(err);
            err.flush();
            return USAGE;
        }
        if (cli.isUsageHelpRequested()) {
            cli.usage(out);
            out.flush();
            return OK;
        }
        if (cli.isVersionHelpRequested()) {
            String v = KioskLauncher.class.getPackage().getImplementationVersion();
            out.println("Bingkai " + (v == null ? "dev" : v));
            out.flush();
            return OK;
        }
        if (options.hashPin) {
            var console = System.console();
            return new PinCommand(PinCommand.systemInput(console, System.in), console != null && console.isTerminal(),
                    out, err, m, new SecureRandom()).run();
        }
        if (options.config == null) {
            err.println(m.get("kiosk.cli.needs-config"));
            cli.usage(err);
            err.flush();
            return USAGE;
        }
        KioskConfig config;
        KioskSetup setup;
        try {
            config = new KioskConfigReader().read(options.config);
            setup = KioskSetup.of(config, options.config, services);
        } catch (KioskConfigException e) {
            return badInput(m, e, e.problems());
        } catch (BadInputException e) {
            return badInput(m, e, List.of());
        } catch (BingkaiException e) {
            err.println(m.format(e.userMessage()));
            err.flush();
            return FAILURE;
        }
        Messages kioskLanguage = new Messages(Locale.of(config.language().code()));
        return new KioskApp(setup, kioskLanguage, err).run();
    }

    private int badInput(Messages m, BingkaiException e, List<Problem> problems) {
        err.println(m.format(e.userMessage()));
        for (Problem p : problems) {
            StringBuilder line = new StringBuilder("  ").append(p.file());
            if (!p.field().isEmpty()) {
                line.append(": ").append(p.field());
            }
            err.println(line.append(": ").append(m.format(p.reason())));
        }
        err.flush();
        return BAD_INPUT;
    }

    /** The arguments after the word {@code kiosk} (with {@code --lang} kept, wherever it was). */
    static String[] withoutCommandWord(String[] args) {
        List<String> rest = new java.util.ArrayList<>(List.of(args));
        rest.remove("kiosk");
        return rest.toArray(String[]::new);
    }
}
