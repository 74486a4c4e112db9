// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.editor.PhotoFiles;
import id.bingkai.core.model.PhotoRef;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeTest {
    @TempDir
    Path dir;

    private final Intake intake = new Intake(new PhotoFiles() {
        @Override
        public PhotoRef ref(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BufferedImage load(Path file, int w, int h) {
            try {
                return ImageIO.read(file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    });

    private Path png(String name, boolean hole) throws Exception {
        BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        g.setColor(new Color(0xEC5425));
        g.fillRect(0, 0, 200, 200);
        if (hole) {
            g.setComposite(java.awt.AlphaComposite.Clear);
            g.fillOval(40, 40, 120, 120);
        }
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void aPngWithATransparentHoleIsATwibbonPack() throws Exception {
        assertThat(intake.classify(png("twibbon.png", true))).isEqualTo(Intake.Kind.PACK);
    }

    @Test
    void anOpaquePngIsAPhoto() throws Exception {
        assertThat(intake.classify(png("foto.png", false))).isEqualTo(Intake.Kind.PHOTO);
    }

    @Test
    void foldersAndZipsArePacksAndBingkaiFilesAreProjects() throws Exception {
        assertThat(intake.classify(Files.createDirectories(dir.resolve("set-resmi")))).isEqualTo(Intake.Kind.PACK);
        assertThat(intake.classify(dir.resolve("Set.ZIP"))).isEqualTo(Intake.Kind.PACK);
        assertThat(intake.classify(dir.resolve("profil.bingkai"))).isEqualTo(Intake.Kind.PROJECT);
        assertThat(intake.classify(dir.resolve("foto.jpg"))).isEqualTo(Intake.Kind.PHOTO);
    }

    /** Issue 15, point 10: an 80 px hole in a 1080 px twibbon is 0.4 % of it, yet it is a twibbon, not a photo. */
    @Test
    void aTwibbonWithASmallHoleInTheMiddleIsStillAPackButACornerCutOutIsNot() throws Exception {
        BufferedImage img = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        g.setColor(new Color(0xEC5425));
        g.fillRect(0, 0, 1080, 1080);
        g.setComposite(java.awt.AlphaComposite.Clear);
        g.fillOval(500, 500, 80, 80);
        g.dispose();
        Path twibbon = dir.resolve("kecil.png");
        ImageIO.write(img, "png", twibbon.toFile());
        BufferedImage corner = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_ARGB);
        var c = corner.createGraphics();
        c.setColor(Color.BLUE);
        c.fillRoundRect(0, 0, 1080, 1080, 120, 120);
        c.dispose();
        Path rounded = dir.resolve("sudut.png");
        ImageIO.write(corner, "png", rounded.toFile());

        assertThat(intake.classify(twibbon)).isEqualTo(Intake.Kind.PACK);
        assertThat(intake.classify(rounded)).isEqualTo(Intake.Kind.PHOTO);
    }
}
