// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bingkai lint PACK}: validates a pack and prints every problem, not just the first. */
@Command(name = "lint")
final class LintCommand implements Callable<Integer> {
    private final Services services;

    @Parameters(index = "0", paramLabel = "PACK", descriptionKey = "cli.lint.param.pack")
    Path pack;

    LintCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages m = services.messages();
        List<Problem> problems = services.packs().lint(pack);
        if (problems.isEmpty()) {
            int frames = services.packs().load(pack).frames().size();
            services.out().println(m.get("cli.lint.ok", pack, frames));
            services.out().flush();
            return ExitCode.OK;
        }
        services.err().println(m.get("cli.lint.problems", pack, problems.size()));
        for (Problem p : problems) {
            services.err().println("  " + ProblemText.format(m, p));
        }
        services.err().flush();
        return ExitCode.BAD_INPUT;
    }
}
