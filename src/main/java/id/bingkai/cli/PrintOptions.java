// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.guideline.PrintSpec;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --print a4 | --print-size WxH [--print-bleed MM] [--print-dpi N]}: the paper a print check is for. */
final class PrintOptions {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[xX×]\\s*(\\d+(?:\\.\\d+)?)");

    @Option(names = "--print", paramLabel = "PAPER", descriptionKey = "cli.check.option.print")
    String paper;

    @Option(names = "--print-size", paramLabel = "WxH", descriptionKey = "cli.check.option.print-size")
    String size;

    @Option(names = "--print-bleed", paramLabel = "MM", descriptionKey = "cli.check.option.print-bleed")
    Double bleed;

    @Option(names = "--print-dpi", paramLabel = "DPI", descriptionKey = "cli.check.option.print-dpi")
    Integer dpi;

    /** The paper, or empty for a screen check. */
    Optional<PrintSpec> toSpec(CommandSpec spec) {
        if (paper == null && size == null) {
            if (bleed != null || dpi != null) {
                throw usage(spec, "cli.check.error.print-missing");
            }
            return Optional.empty();
        }
        PrintSpec base;
        if (size != null) {
            Matcher m = SIZE.matcher(size.strip());
            if (!m.matches()) {
                throw usage(spec, "cli.check.error.print-size", size);
            }
            base = create(spec, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), PrintSpec.A4.bleedMm(),
                    PrintSpec.A4.dpi());
        } else {
            base = PrintSpec.preset(paper.toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> usage(spec, "cli.check.error.print", paper));
        }
        return Optional.of(create(spec, base.trimWidthMm(), base.trimHeightMm(),
                bleed == null ? base.bleedMm() : bleed, dpi == null ? base.dpi() : dpi));
    }

    private static PrintSpec create(CommandSpec spec, double w, double h, double bleed, int dpi) {
        try {
            return new PrintSpec(w, h, bleed, dpi);
        } catch (IllegalArgumentException e) {
            throw usage(spec, "cli.check.error.print-values");
        }
    }

    private static ParameterException usage(CommandSpec spec, String key, Object... args) {
        return new ParameterException(spec.commandLine(),
                ((BingkaiCli.Root) spec.root().userObject()).messages().get(key, args));
    }
}
