// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CUPS queue through its command-line tools: {@code lpstat} for the state, {@code lp -d Q -n N} for a job,
 * {@code cupsenable} and {@code cupsaccept} to resume. Without a configured name the system default is used.
 */
public final class CupsQueue implements PrintQueue {
    private static final Pattern REQUEST = Pattern.compile("request id is (\\S+)");
    private static final Pattern DEFAULT = Pattern.compile("system default destination: (\\S+)");
    private final Optional<String> configured;
    private final CommandRunner commands;

    public CupsQueue(Optional<String> queue, CommandRunner commands) {
        this.configured = Objects.requireNonNull(queue, "queue");
        this.commands = Objects.requireNonNull(commands, "commands");
    }

    @Override
    public String name() {
        return configured.orElse("(default)");
    }

    private String queue() throws IOException {
        if (configured.isPresent()) {
            return configured.get();
        }
        Matcher m = DEFAULT.matcher(commands.run(List.of("lpstat", "-d")).output());
        if (!m.find()) {
            throw new IOException("no default printer");
        }
        return m.group(1);
    }

    @Override
    public PrinterState state() throws IOException {
        String queue;
        try {
            queue = queue();
        } catch (IOException e) {
            return new PrinterState(name(), false, false, false, List.of(), String.valueOf(e.getMessage()), 0);
        }
        String printers = commands.run(List.of("lpstat", "-l", "-p", queue)).output();
        String accepting = commands.run(List.of("lpstat", "-a", queue)).output();
        String jobs = commands.run(List.of("lpstat", "-o", queue)).output();
        return LpstatParser.parse(queue, printers, accepting, jobs);
    }

    @Override
    public String submit(Path file, int copies) throws IOException {
        if (copies < 1) {
            throw new IllegalArgumentException("copies >= 1");
        }
        CommandRunner.Result result = commands.run(List.of("lp", "-d", queue(), "-n", String.valueOf(copies),
                "-t", "Bingkai", "--", file.toAbsolutePath().toString()));
        Matcher m = REQUEST.matcher(result.output());
        if (result.exitCode() != 0 || !m.find()) {
            throw new IOException(result.output().strip());
        }
        return m.group(1);
    }

    @Override
    public void resume() throws IOException {
        String queue = queue();
        for (String tool : List.of("cupsenable", "cupsaccept")) {
            CommandRunner.Result result = commands.run(List.of(tool, queue));
            if (result.exitCode() != 0) {
                throw new IOException(result.output().strip());
            }
        }
    }
}
