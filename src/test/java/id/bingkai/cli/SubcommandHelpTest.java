// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code bingkai <command> --help} prints that command's help and exits 0, whatever options it requires. */
class SubcommandHelpTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(Subcommand.class)
    void helpOnEverySubcommandPrintsItsUsageAndExitsZero(Subcommand sub) {
        for (String help : new String[] {"--help", "-h"}) {
            CliRun run = CliRun.of(sub.commandName(), help);
            assertThat(run.exitCode()).as(sub + " " + help + ": " + run.err()).isZero();
            assertThat(run.err()).as(sub + " " + help).isEmpty();
            assertThat(run.out()).contains("bingkai " + sub.commandName()).contains("--help");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Subcommand.class)
    void helpIsInTheChosenLanguage(Subcommand sub) {
        assertThat(CliRun.of(sub.commandName(), "--help").out()).contains("Tampilkan bantuan perintah ini");
        assertThat(CliRun.of("--lang", "en", sub.commandName(), "--help").out())
                .contains("Show the help of this command");
    }
}
