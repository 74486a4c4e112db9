// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.project;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.FakePhotos;
import id.bingkai.testing.Pictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project of a poster with an agency logo: the project keeps the texts and the frame (with its logo place) but not
 * the logo itself, which belongs to the computer's officer and is added again by the editor when opened.
 */
class AgencyLogoProjectTest {
    @TempDir
    Path dir;

    @Test
    void theProjectRoundTripsWithoutCarryingTheLogo() throws IOException {
        FramePack sample = new PackLoader(new ImageLoader(PixelBudget.DEFAULT, Optional.empty()), PackLimits.DEFAULT)
                .builtIn();
        AgencyLogo logo = new AgencyLogo(new Asset.Raster("logo.png", Pictures.disc(200, 200)));
        Document doc = Document.of(sample, sample.frame("ikrar-a4").orElseThrow()).withText("nama", "Siti Aminah")
                .withAgencyLogo(Optional.of(logo));
        ProjectFiles files = new ProjectFiles(new FakePhotos()::ref, p -> sample);
        Path file = dir.resolve("ikrar.bingkai");

        files.save(doc, true, file);

        assertThat(Files.readString(file)).doesNotContain("logo.png");
        Document opened = files.open(file, List.of(new ProjectFiles.KnownPack(sample, true))).document();
        assertThat(opened.frame().logoPlace()).isPresent();
        assertThat(opened.texts()).containsEntry("nama", "Siti Aminah");
        assertThat(opened.agencyLogo()).isEmpty();
        assertThat(opened.withAgencyLogo(Optional.of(logo))).isEqualTo(doc);
    }
}
