// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import id.bingkai.wiring.Services;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class SubcommandTest {
    private final BingkaiCli cli = new BingkaiCli(Services.create(new Messages(Messages.INDONESIAN)),
            new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), () -> {
                throw new AssertionError("the editor must not open here");
            });

    @Test
    void everyCommandIsCalledWhatItsAnnotationSays() {
        for (Subcommand sub : Subcommand.values()) {
            assertThat(sub.type().getAnnotation(Command.class).name()).isEqualTo(sub.commandName());
        }
    }

    @Test
    void argumentsThatNameACommandBuildThatCommandAlone() {
        assertThat(Subcommand.forArguments("render", "--photo", "a.jpg")).containsExactly(Subcommand.RENDER);
        assertThat(Subcommand.forArguments("--lang", "en", "check")).containsExactly(Subcommand.CHECK);
        assertThat(Subcommand.forArguments("--lang=en", "batch", "orang.csv")).containsExactly(Subcommand.BATCH);
        assertThat(cli.commandLine("lint", "paket").getSubcommands()).containsOnlyKeys("lint");
    }

    @Test
    void argumentsThatNameNoCommandBuildThemAll() {
        List<String[]> others = List.of(new String[0], new String[] {"--help"}, new String[] {"-h", "render"},
                new String[] {"renderx"}, new String[] {"@argumen.txt"}, new String[] {"--lang"},
                new String[] {"--lang", "render"}, new String[] {"--version"}, new String[] {"RENDER"});
        for (String[] args : others) {
            assertThat(Subcommand.forArguments(args)).as(String.join(" ", args))
                    .containsExactly(Subcommand.values());
        }
        assertThat(cli.commandLine("--help").getSubcommands()).containsOnlyKeys("frames", "render", "check",
                "lint", "batch", "aot-training");
    }

    @Test
    void aCommandBuiltAloneHasTheUsageItHasAmongAllTheOthers() {
        CommandLine all = cli.commandLine();
        for (Subcommand sub : Subcommand.values()) {
            CommandLine alone = cli.commandLine(sub.commandName()).getSubcommands().get(sub.commandName());
            assertThat(alone.getUsageMessage()).as(sub.commandName())
                    .isEqualTo(all.getSubcommands().get(sub.commandName()).getUsageMessage());
        }
    }

    @Test
    void theHelpListsEveryCommandButTheHiddenOneWithItsDescription() {
        String help = cli.commandLine("--help").getUsageMessage();
        Messages m = new Messages(Messages.INDONESIAN);
        for (Subcommand sub : Subcommand.values()) {
            if (sub.descriptionKey() == null) {
                assertThat(help).doesNotContain(sub.commandName());
            } else {
                assertThat(help).contains(sub.commandName())
                        .contains(m.get(sub.descriptionKey()).split("%n")[0].split(" ")[0]);
            }
        }
    }
}
