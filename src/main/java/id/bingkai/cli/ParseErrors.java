// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.i18n.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The option parser's own complaints in the user's language. Picocli takes headings and option descriptions from
 * the resource bundle ({@link #BUNDLE_KEYS}) but writes its errors in English: "Missing required option",
 * "Unknown option", "Invalid value for option". This handler says them through the bundle, then shows the
 * command's usage as picocli would. Our commands' own usage errors are already in the user's language and pass
 * through unchanged. Exit code 2, as before.
 */
final class ParseErrors implements CommandLine.IParameterExceptionHandler {
    /** Keys picocli itself reads from the bundle: the usage headings and the descriptions of -h and -V. */
    static final List<String> BUNDLE_KEYS = List.of("usage.synopsisHeading", "usage.commandListHeading",
            "mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version");

    private static final Pattern INVALID = Pattern.compile(
            "Invalid value for (?:option|positional parameter[^']*) '([^']*)': (.*)", Pattern.DOTALL);

    private static final Pattern NOT_A_NUMBER = Pattern.compile(
            "'([^']*)' is not an? (?:int|long|float|double|decimal|number|integer)\\b.*", Pattern.DOTALL);

    private final Messages messages;

    ParseErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(message(e));
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(messages.get("cli.parse.suggest", String.join(", ", unmatched.getSuggestions())));
        }
        cli.usage(err);
        err.flush();
        return ExitCode.USAGE;
    }

    String message(ParameterException e) {
        if (e instanceof MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            boolean options = specs.stream().allMatch(ArgSpec::isOption);
            String names = specs.stream().map(ParseErrors::name).collect(Collectors.joining(", "));
            boolean valueMissing = e.getMessage() != null && e.getMessage().startsWith("Missing required parameter for");
            if (valueMissing) {
                return messages.get("cli.parse.missing-value", names);
            }
            return messages.get(options ? "cli.parse.missing-option" : "cli.parse.missing-parameter", names);
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            boolean option = !args.isEmpty() && args.getFirst().startsWith("-");
            return messages.get(option ? "cli.parse.unknown-option" : "cli.parse.unknown-argument",
                    String.join(" ", args));
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return messages.get("cli.parse.twice", name(overwritten.getOverwritten()));
        }
        String text = String.valueOf(e.getMessage());
        Matcher invalid = INVALID.matcher(text);
        if (invalid.matches()) {
            Matcher number = NOT_A_NUMBER.matcher(invalid.group(2));
            String why = number.matches() ? messages.get("cli.parse.not-a-number", number.group(1)) : invalid.group(2);
            return messages.get("cli.parse.invalid", invalid.group(1), why);
        }
        return text;
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
