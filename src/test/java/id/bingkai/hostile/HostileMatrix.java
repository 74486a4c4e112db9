// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import id.bingkai.cli.BingkaiCli;
import id.bingkai.cli.Console;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.PackException;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.heif.LibHeifDecoder;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.io.project.ProjectFiles;
import id.bingkai.core.model.PhotoPlaces;
import id.bingkai.wiring.Services;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs every reader over every hostile case, in a JVM of its own started with a small heap
 * ({@link HostileInputTest}), and writes one {@link Outcome} line per reader and case. Each call runs in its own
 * thread under a time limit, so that a hang is reported as such and the run goes on.
 *
 * <p>Arguments: the results file, a work folder, the time limit in seconds, then optionally case names.
 */
public final class HostileMatrix {
    static final int RENDER_WIDTH = 320;
    private final Messages indonesian = new Messages(Messages.INDONESIAN);
    private final Messages english = new Messages(Locale.ENGLISH);
    private final ImageLoader images = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system(),
            LibHeifDecoder.system());
    private final PackLoader packs = new PackLoader(images, PackLimits.DEFAULT);
    private final long limitMillis;
    private final BufferedWriter results;

    private HostileMatrix(long limitMillis, BufferedWriter results) {
        this.limitMillis = limitMillis;
        this.results = results;
    }

    public static void main(String[] args) throws Exception {
        Path resultFile = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        long limit = Long.parseLong(args[2]) * 1000;
        List<String> names = List.of(args).subList(3, args.length);
        try (BufferedWriter out = Files.newBufferedWriter(resultFile, StandardCharsets.UTF_8)) {
            HostileMatrix matrix = new HostileMatrix(limit, out);
            Path photo = Files.write(work.resolve("foto-baik.jpg"), HostileImages.sampleJpeg());
            for (HostileCase c : HostileCorpus.all()) {
                if (names.isEmpty() || names.contains(c.name())) {
                    matrix.run(c, work, photo);
                }
            }
            out.write("DONE\n");
        }
        System.exit(0); // a timed-out reader thread would otherwise keep the JVM alive
    }

    private void run(HostileCase c, Path work, Path goodPhoto) throws IOException {
        Path dir = Files.createDirectories(work.resolve(c.name()));
        Path input;
        try {
            input = c.maker().make(dir);
        } catch (IOException | UnsupportedOperationException e) {
            report(new Outcome(c.name(), "setup", "SKIPPED", List.of(), 0, String.valueOf(e)));
            return;
        }
        report(new Outcome(c.name(), "setup", "INPUT", List.of(), 0, String.valueOf(input.getFileName())));
        Path out = Files.createDirectories(dir.resolve("keluar"));
        if (c.kind() == HostileCase.Kind.PHOTO) {
            call(c, "probe", () -> images.probe(input));
            call(c, "load-full", () -> images.load(input, 0, 0));
            call(c, "load-1080", () -> images.load(input, 1080, 1080));
            if (c.seed().isPresent()) {
                byte[] bytes = c.seed().get().bytes();
                call(c, "read-bytes", () -> images.read(bytes, input.getFileName(), 1080, 1080));
            }
            call(c, "pack-lint", () -> lint(input));
            cli(c, "cli-render", out, "render", "--photo", input.toString(), "--width",
                    Integer.toString(RENDER_WIDTH), "--out", out.resolve("hasil.png").toString());
        } else if (c.kind() == HostileCase.Kind.PROJECT) {
            ProjectFiles projects = new ProjectFiles(images::ref, packs::load);
            // A project that opens with a photo place empty (its photo gone) opens in the editor, which then will not
            // export it; the command line refuses to render it. The key says so to HostileInputTest.agree.
            attempt(c, "project-open", () -> PhotoPlaces.firstEmpty(projects.open(input, List.of(
                    new ProjectFiles.KnownPack(packs.builtIn(), true))).document()).isPresent()
                    ? new Result("OK", List.of(EMPTY_PLACE), "") : Result.OK);
            cli(c, "cli-render", out, "render", "--project", input.toString(), "--width",
                    Integer.toString(RENDER_WIDTH), "--out", out.resolve("hasil.png").toString());
        } else {
            call(c, "pack-lint", () -> lint(input));
            call(c, "pack-load", () -> packs.load(input));
            call(c, "probe", () -> images.probe(input));
            cli(c, "cli-lint", out, "lint", input.toString());
            cli(c, "cli-render", out, "render", "--pack", input.toString(), "--photo", goodPhoto.toString(),
                    "--width", Integer.toString(RENDER_WIDTH), "--out", out.resolve("hasil.jpg").toString());
            cli(c, "cli-render-en", out, "--lang", "en", "render", "--pack", input.toString(), "--photo",
                    goodPhoto.toString(), "--width", Integer.toString(RENDER_WIDTH), "--force", "--out",
                    out.resolve("hasil.jpg").toString());
            if (c.name().startsWith("font-")) { // a print PDF embeds the pack's fonts
                cli(c, "cli-render-pdf", out, "render", "--pack", input.toString(), "--photo", goodPhoto.toString(),
                        "--out", out.resolve("hasil.pdf").toString());
            }
        }
    }

    /** A lint that finds problems is a refusal with those problems, like a failed load. */
    private Object lint(Path input) {
        List<Problem> problems = packs.lint(input);
        if (!problems.isEmpty()) {
            throw new PackException(input, problems);
        }
        return problems;
    }

    /** What a reader call that returned normally produced. */
    /** The key of a project-open outcome whose document has a photo place left empty. */
    static final String EMPTY_PLACE = "cli.error.empty-place.project";

    private record Result(String status, List<String> keys, String detail) {
        static final Result OK = new Result("OK", List.of(), "");
    }

    private void call(HostileCase c, String reader, Callable<?> work) throws IOException {
        attempt(c, reader, () -> {
            work.call();
            return Result.OK;
        });
    }

    /** Runs one reader call in its own thread under the time limit and reports how it ended. */
    private void attempt(HostileCase c, String reader, Callable<Result> work) throws IOException {
        AtomicReference<Outcome> outcome = new AtomicReference<>();
        long start = System.nanoTime();
        Thread thread = Thread.ofPlatform().daemon().name(c.name() + "/" + reader).start(() -> {
            Outcome o;
            try {
                Result r = work.call();
                o = outcome(c, reader, r.status(), r.keys(), r.detail());
            } catch (PackException e) {
                List<String> keys = new ArrayList<>();
                StringBuilder text = new StringBuilder(translations(e.userMessage()));
                for (Problem p : e.problems()) {
                    keys.add(p.reason().key());
                    text.append("\n").append(p.file()).append(": ").append(p.field()).append(": ")
                            .append(translations(p.reason()));
                }
                o = outcome(c, reader, "REFUSED", keys, text.toString());
            } catch (BadInputException e) {
                o = outcome(c, reader, "REFUSED", List.of(e.reason().key()), translations(e.userMessage()));
            } catch (OutOfMemoryError e) {
                o = outcome(c, reader, "OOM", List.of(), String.valueOf(e.getMessage()));
            } catch (Throwable e) {
                o = outcome(c, reader, "CRASH", List.of(e.getClass().getName()), stack(e));
            }
            outcome.set(o);
        });
        try {
            thread.join(limitMillis * 3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Outcome o = outcome.get();
        if (o == null) {
            thread.interrupt();
            o = new Outcome(c.name(), reader, "TIMEOUT", List.of(), millis, stack(thread.getStackTrace()));
        }
        report(new Outcome(o.caseName(), o.reader(), o.status(), o.keys(), millis, o.detail()));
    }

    /** Runs the command line in-process; the outcome is its exit code and what it printed as errors. */
    private void cli(HostileCase c, String reader, Path outFolder, String... args) throws IOException {
        attempt(c, reader, () -> {
            StringWriter err = new StringWriter();
            Messages messages = new Messages(BingkaiCli.languageOf(args, Messages.INDONESIAN));
            Console console = new Console(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            int code = new BingkaiCli(Services.create(messages), console, () -> {
                throw new AssertionError("the editor must not open");
            }).run(args);
            List<String> leftovers;
            try (var files = Files.list(outFolder)) {
                leftovers = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("hasil.")).toList();
            }
            String detail = err.toString() + (leftovers.isEmpty() ? "" : "\nLEFTOVER FILES " + leftovers);
            return new Result("EXIT", List.of(Integer.toString(code)), detail);
        });
    }

    private Outcome outcome(HostileCase c, String reader, String status, List<String> keys, String detail) {
        return new Outcome(c.name(), reader, status, keys, 0, detail);
    }

    /** The message in both languages; a key missing from either is marked for the test to fail on. */
    private String translations(Msg msg) {
        String marker = translated(msg) ? "" : "UNTRANSLATED ";
        return marker + "[id] " + indonesian.format(msg) + " [en] " + english.format(msg);
    }

    private boolean translated(Msg msg) {
        return indonesian.bundle().containsKey(msg.key()) && english.bundle().containsKey(msg.key())
                && msg.args().stream().filter(Msg.class::isInstance).allMatch(m -> translated((Msg) m));
    }

    private static String stack(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t != e) {
                text.append("\ncaused by ").append(t);
            }
            text.append(stack(t.getStackTrace()));
        }
        return text.toString();
    }

    private static String stack(StackTraceElement[] frames) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(12, frames.length); i++) {
            text.append("\n  at ").append(frames[i]);
        }
        return text.toString();
    }

    private void report(Outcome outcome) throws IOException {
        results.write(outcome.toLine());
        results.write("\n");
        results.flush();
    }
}
