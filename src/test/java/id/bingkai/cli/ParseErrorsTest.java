// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The option parser's own texts in the program's language (issue 15, point 7), with exit code 2 as before. */
class ParseErrorsTest {
    @Test
    void theParsersComplaintsAndHeadingsAreIndonesianByDefault() {
        CliRun unknown = CliRun.of("frames", "--jsn");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("Opsi tidak dikenal: --jsn").contains("Mungkin maksudnya: --json")
                .contains("Pemakaian: bingkai frames").doesNotContain("Unknown option").doesNotContain("Usage:");

        CliRun missing = CliRun.of("lint");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("Parameter wajib belum diberikan: PACK")
                .doesNotContain("Missing required parameter");

        CliRun option = CliRun.of("render", "--photo", "x.jpg");
        assertThat(option.err()).contains("Opsi wajib belum diberikan: --out").doesNotContain("Missing required");

        CliRun number = CliRun.of("render", "--photo", "x.jpg", "--width", "lebar", "--out", "x.png");
        assertThat(number.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(number.err()).contains("Nilai tidak sah untuk --width: \"lebar\" bukan angka");

        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Pemakaian: bingkai").contains("Perintah:")
                .contains("Tampilkan bantuan ini lalu keluar.").doesNotContain("Show this help message and exit.");
    }

    @Test
    void andEnglishWithLangEn() {
        CliRun unknown = CliRun.of("--lang", "en", "frames", "--jsn");
        assertThat(unknown.err()).contains("Unknown option: --jsn").contains("Did you mean: --json")
                .contains("Usage: bingkai frames");
        CliRun help = CliRun.of("--lang", "en", "--help");
        assertThat(help.out()).contains("Usage: bingkai").contains("Commands:")
                .contains("Show this help message and exit.");
    }
}
