// SPDX-License-Identifier: Apache-2.0
package id.bingkai;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.cli.Console;
import id.bingkai.core.i18n.Messages;
import id.bingkai.wiring.Services;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which front end a start reaches: the desktop's start (no argument) goes to the editor without the command line. */
class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<List<Path>> opened = new ArrayList<>();

    private int run(String... args) {
        Services services = Services.create(new Messages(Messages.INDONESIAN));
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true));
        return Main.run(args, services, console, files -> {
            opened.add(files);
            return 7;
        });
    }

    @Test
    void noArgumentOpensTheEditorAtOnceWithNoFile() {
        assertThat(Main.straightToEditor(new String[0])).isTrue();
        assertThat(run()).isEqualTo(7);
        assertThat(opened).containsExactly(List.of());
        assertThat(out.toString() + err).isEmpty();
    }

    @Test
    void aProjectFromTheDesktopOpensInTheEditor() {
        assertThat(run("/home/siti/Foto profil.bingkai")).isEqualTo(7);
        assertThat(opened).containsExactly(List.of(Path.of("/home/siti/Foto profil.bingkai")));
    }

    @Test
    void onlyALanguageStillGoesThroughTheCommandLineToTheEditor() {
        assertThat(Main.straightToEditor(new String[] {"--lang", "en"})).isFalse();
        assertThat(run("--lang", "en")).isEqualTo(7);
        assertThat(opened).containsExactly(List.of());
    }

    @Test
    void aBrokenLanguageOptionIsReportedByTheCommandLineAndOpensNothing() {
        assertThat(run("--lang")).isNotEqualTo(7);
        assertThat(opened).isEmpty();
        assertThat(err.toString()).contains("--lang");
    }

    @Test
    void helpIsTheCommandLinesAndOpensNothing() {
        assertThat(run("--help")).isZero();
        assertThat(opened).isEmpty();
        assertThat(out.toString()).contains("render");
    }
}
