// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.error.Problem;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.guideline.GuidelineLint;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.pack.LoadedPack;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Severity;
import id.bingkai.core.render.Renderer;
import id.bingkai.wiring.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code bingkai lint PACK}: validates a pack and prints every problem, not just the first; then checks every
 * frame against the guideline with made-up photos and reports what no photo can fix. A frame that can never
 * pass (a blocking finding with every photo) makes the pack bad input.
 */
@Command(name = "lint")
final class LintCommand implements Callable<Integer> {
    private final Services services;
    private final Console console;

    @Parameters(index = "0", paramLabel = "PACK", descriptionKey = "cli.lint.param.pack")
    Path pack;

    LintCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        Messages m = services.messages();
        List<Problem> problems = services.packs().lint(pack);
        if (problems.isEmpty()) {
            LoadedPack opened = services.packs().open(pack);
            FramePack loaded = opened.pack();
            PackOption.warn(services, console, opened.warnings());
            console.out().println(m.get("cli.lint.ok", pack, loaded.frames().size()));
            console.out().flush();
            return guideline(loaded);
        }
        console.err().println(m.get("cli.lint.problems", pack, problems.size()));
        for (Problem p : problems) {
            console.err().println("  " + ProblemText.format(m, p));
        }
        console.err().flush();
        return ExitCode.BAD_INPUT;
    }

    /**
     * Frames that cannot be rendered at their design size, or can never pass the guideline, go to stderr and fail
     * the lint; warnings no photo can fix are listed as advice.
     */
    private int guideline(FramePack loaded) {
        Messages m = services.messages();
        boolean failed = false;
        for (Frame frame : loaded.frames()) {
            Optional<Msg> tooLarge = Renderer.sizeRefusal(frame.canvas().width(), frame.canvas().height());
            tooLarge.ifPresent(reason -> console.err().println(m.get("cli.lint.too-large", pack, frame.id(),
                    m.format(reason))));
            failed |= tooLarge.isPresent();
        }
        for (GuidelineLint.FrameFindings ff : new GuidelineLint(services.checker()).lint(loaded, Frame::guideline,
                Optional.empty())) {
            List<Finding> shown = ff.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
            if (shown.isEmpty()) {
                continue;
            }
            PrintWriter to = ff.neverPasses() ? console.err() : console.out();
            to.println(m.get(ff.neverPasses() ? "cli.lint.guideline.never" : "cli.lint.guideline.warn", pack,
                    ff.frame().id()));
            for (Finding f : shown) {
                to.println(FindingText.format(m, f));
            }
            failed |= ff.neverPasses();
        }
        console.out().flush();
        console.err().flush();
        return failed ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
}
