// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.wiring.Services;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --agency-logo FILE}: the agency's own PNG or SVG logo, drawn in the frame's logo place (render, check, and
 * every row of a batch). A broken file is refused with exit code 3 naming it; a frame without a place draws no logo
 * and says so.
 */
final class AgencyLogoOption {
    @Option(names = "--agency-logo", paramLabel = "FILE", descriptionKey = "cli.option.agency-logo")
    Path file;

    /** The logo read and checked, or empty without the option. Reads before any photo is touched. */
    Optional<AgencyLogo> read(Services services, Frame frame, Console console) {
        if (file == null) {
            return Optional.empty();
        }
        AgencyLogo logo = services.agencyLogos().read(file);
        if (frame.logoPlace().isEmpty()) {
            console.err().println(services.messages().get("cli.warning.no-logo-place", frame.id(), file));
        }
        return Optional.of(logo);
    }

    Document apply(Document doc, Services services, Console console) {
        return doc.withAgencyLogo(read(services, doc.frame(), console));
    }
}
