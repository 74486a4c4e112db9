// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.batch.BatchJob;
import id.bingkai.core.batch.BatchListener;
import id.bingkai.core.batch.BatchRunner;
import id.bingkai.core.batch.CoreRowWork;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Placement;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;

/**
 * Hidden {@code bingkai aot-training}: renders, exports and batches a generated photo once, in a temporary folder,
 * so that {@code ./bingkai} can record the JDK's AOT cache from it (JEP 483/514/515: classes loaded and linked,
 * method profiles) and later commands start in about half the time. Prints nothing; leaves nothing behind.
 */
@Command(name = "aot-training", hidden = true)
final class AotTrainingCommand implements Callable<Integer> {
    private final Services services;

    AotTrainingCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("bingkai-aot-");
        try {
            Path photo = dir.resolve("foto.jpg");
            ImageIO.write(photo(2000, 1500), "jpeg", photo.toFile());
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
            Files.writeString(dir.resolve("pegawai.csv"), "nama;foto\nSiti Aminah;foto.jpg\nBudi;foto.jpg\n");
            new BatchRunner(new CoreRowWork(services.images(), services.renderer(), services.exporter()),
                    services.messages()).run(new BatchJob(dir.resolve("pegawai.csv"), dir.resolve("hasil"), pack,
                            frame, 1080, ImageFormat.JPEG, 0.9f, Optional.empty(), Placement.COVER, 2, false, true,
                            false, pack.keywords()), BatchListener.NONE);
            return ExitCode.OK;
        } finally {
            deleteRecursively(dir);
        }
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
