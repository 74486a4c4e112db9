// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Placement;
import id.bingkai.wiring.Services;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;

/**
 * Hidden {@code bingkai aot-training}: runs what users run, once, on a generated photo and frame pack in a temporary
 * folder, so that {@code ./bingkai} can record the JDK's AOT cache from it (JEP 483/514/515: classes loaded and
 * linked, method profiles) and later commands start in about half the time. The commands go through the command
 * line itself (render to JPEG and PNG, check, frames, lint, batch), so that their parsing and their paths are in
 * the cache too, then every built-in frame is rendered. Prints nothing; leaves nothing behind.
 */
@Command(name = "aot-training", hidden = true)
final class AotTrainingCommand implements Callable<Integer> {
    /** A twibbon pack like a user's: a PNG frame with a hole, two text lines in the built-in font. */
    private static final String MANIFEST = """
            {"schema": 1, "id": "latihan", "name": "Latihan", "version": "1",
             "fields": [{"key": "nama", "label": "Nama", "maxLength": 80},
                        {"key": "unit", "label": "Unit", "maxLength": 80}],
             "frames": [{"id": "profil", "name": "Profil", "kind": "profile", "width": 1080, "height": 1080,
               "background": "#000000",
               "slots": [{"id": "foto", "shape": "rect", "x": 120, "y": 60, "width": 840, "height": 840}],
               "layers": [
                 {"type": "image", "file": "frame.png", "x": 0, "y": 0, "width": 1080, "height": 1080},
                 {"type": "text", "text": "{nama}", "x": 90, "y": 945, "width": 900, "height": 50,
                  "font": "Inter", "weight": 700, "size": 34, "color": "#FFFFFF", "align": "center"},
                 {"type": "text", "text": "{unit}", "x": 90, "y": 1000, "width": 900, "height": 40,
                  "font": "Inter", "weight": 400, "size": 26, "color": "#FFFFFF", "align": "center"}]}]}
            """;

    /**
     * Rows of the training batch: enough photos for the method profiles in the cache to be those of a long batch
     * (measured: a 100-photo batch then needs about 5 % less CPU than after a two-row training).
     */
    private static final int BATCH_ROWS = 24;

    private final Services services;
    private final Console console;

    AotTrainingCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("bingkai-aot-");
        try {
            Path photo = dir.resolve("foto.jpg");
            ImageIO.write(photo(4000, 3000), "jpeg", photo.toFile());
            Path pack = Files.createDirectory(dir.resolve("paket"));
            Files.writeString(pack.resolve("manifest.json"), MANIFEST);
            ImageIO.write(frame(1080, 1080), "png", pack.resolve("frame.png").toFile());
            Files.writeString(dir.resolve("pegawai.csv"), sheet(BATCH_ROWS));
            String[] placement = {"--rotate", "3", "--zoom", "1.06"};
            commandLine("render", "--photo", photo, "--pack", pack, placement, "--text", "nama=Siti Aminah",
                    "--text", "unit=Biro Umum", "--quality", "90", "--out", dir.resolve("a.jpg"));
            commandLine("render", "--photo", photo, "--pack", pack, placement, "--out", dir.resolve("a.png"));
            commandLine("check", "--photo", photo, "--json");
            commandLine("frames");
            commandLine("frames", "--pack", pack, "--json");
            commandLine("lint", pack);
            commandLine("batch", dir.resolve("pegawai.csv"), "--pack", pack, placement, "--threads", "2",
                    "--out", dir.resolve("hasil"));
            renderEveryBuiltInFrame(dir, photo);
            return ExitCode.OK;
        } finally {
            deleteRecursively(dir);
        }
    }

    /**
     * Runs the command line in this process, as {@code bingkai ARGS...} would, with its output discarded; a failure
     * fails the training (then ./bingkai records no cache rather than one of a broken run).
     */
    private void commandLine(Object... args) {
        List<String> strings = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof String[] more) {
                strings.addAll(List.of(more));
            } else {
                strings.add(arg.toString());
            }
        }
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        int code = new BingkaiCli(services, new Console(quiet, quiet), () -> ExitCode.FAILURE)
                .run(strings.toArray(String[]::new));
        if (code != ExitCode.OK) {
            throw new IllegalStateException("bingkai " + String.join(" ", strings) + " exited with " + code);
        }
    }

    private void renderEveryBuiltInFrame(Path dir, Path photo) {
        FramePack pack = services.packs().builtIn();
        Frame frame = pack.defaultFrame();
        Document doc = Document.of(pack, frame).withPhoto(services.images().ref(photo))
                .withPlacement(frame.primarySlot().id(), new Placement(0.05, 0, 1.1, 3, false));
        for (Frame f : pack.frames()) {
            BufferedImage image = services.renderer().render(doc.withFrame(f), f.canvas().width(),
                    services.images());
            services.exporter().write(image, dir.resolve(f.id() + ".jpg"),
                    new ExportOptions(ImageFormat.JPEG, 0.9f, true, pack.keywords()));
            services.exporter().write(image, dir.resolve(f.id() + ".png"),
                    new ExportOptions(ImageFormat.PNG, 0.9f, true, pack.keywords()));
        }
    }

    /** A people sheet of {@code rows} employees with names and units of different lengths, all on one photo. */
    private static String sheet(int rows) {
        StringBuilder csv = new StringBuilder("nama;unit;foto\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Pegawai ").append("Nomor ".repeat(1 + i % 3)).append(i).append(";Biro ")
                    .append(i % 2 == 0 ? "Umum" : "Hukum dan Kerja Sama").append(";foto.jpg\n");
        }
        return csv.toString();
    }

    /** An opaque frame with a transparent hole where the slot is, as twibbon PNGs come. */
    private static BufferedImage frame(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2B4C7E), width, height, new Color(0xEC5425)));
        g.fillRect(0, 0, width, height);
        g.setComposite(AlphaComposite.Clear);
        g.fillRect(120, 60, 840, 840);
        g.dispose();
        return image;
    }

    private static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xEC5425), width, height, new Color(0x2B4C7E)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xFAB92C));
        g.fillOval(width / 3, height / 4, width / 3, height / 2);
        g.dispose();
        return image;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
