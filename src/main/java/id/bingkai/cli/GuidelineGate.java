// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.guideline.CheckOptions;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.wiring.Services;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * What every export path of the command line asks before it writes: does a finding the pack marks as blocking stop
 * this design, as {@code check} and the editor would say? If so the findings are printed and nothing is written;
 * the command exits with {@link CheckCommand#BLOCKED}, the code {@code check} gives the same design.
 */
final class GuidelineGate {
    private GuidelineGate() {
    }

    /** Checks at the output width; prints the blocking findings and returns true when the export must not happen. */
    static boolean blocks(Services services, Console console, Document doc, int width, Path out) {
        GuidelineReport report = services.checker().check(doc,
                CheckOptions.screen(doc.frame().guideline()).withExportWidth(width), services.images());
        if (!report.blocksExport()) {
            return false;
        }
        Messages m = services.messages();
        console.err().println(m.get("cli.render.blocked", out, report.blocking().size()));
        report.blocking().forEach(f -> console.err().println(FindingText.format(m, f)));
        console.err().flush();
        return true;
    }

    /**
     * {@link #blocks} on a thread of its own while {@code render} runs on this one, with the same outcome as checking
     * first: empty (nothing to write) when the design is blocked, the check's own failure (a photo that cannot be
     * read) before the render's. The check renders the design at the platform's display size for the legibility
     * rule and waits for nothing the render makes, so on two cores a one-photo render no longer pays for both in
     * turn (docs/performance.md).
     */
    static Optional<BufferedImage> renderUnlessBlocked(Services services, Console console, Document doc, int width,
            Path out, Supplier<BufferedImage> render) {
        FutureTask<Boolean> check = new FutureTask<>(() -> blocks(services, console, doc, width, out));
        Thread.ofPlatform().daemon().name("bingkai-guideline").start(check);
        BufferedImage image = null;
        RuntimeException failed = null;
        try {
            image = render.get();
        } catch (RuntimeException e) {
            failed = e;
        }
        boolean blocked;
        try {
            blocked = check.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (blocked) {
            return Optional.empty();
        }
        if (failed != null) {
            throw failed;
        }
        return Optional.of(image);
    }
}
