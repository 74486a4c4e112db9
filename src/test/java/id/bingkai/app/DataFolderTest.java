// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    private final Path home = Path.of("/home/siti");

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataFolder.forSystem(Map.of("XDG_DATA_HOME", "/data"), "Linux", home).root())
                .isEqualTo(Path.of("/data/bingkai"));
    }

    @Test
    void linuxWithoutXdgUsesLocalShare() {
        assertThat(DataFolder.forSystem(Map.of(), "Linux", home).root())
                .isEqualTo(Path.of("/home/siti/.local/share/bingkai"));
        assertThat(DataFolder.forSystem(Map.of("XDG_DATA_HOME", "relatif"), "Linux", home).root())
                .isEqualTo(Path.of("/home/siti/.local/share/bingkai"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataFolder.forSystem(Map.of("APPDATA", "/users/siti/AppData/Roaming"), "Windows 11", home).root())
                .isEqualTo(Path.of("/users/siti/AppData/Roaming/Bingkai"));
    }

    @Test
    void anExplicitFolderWinsEverywhere() {
        assertThat(DataFolder.forSystem(Map.of("BINGKAI_DATA", "/tmp/uji", "XDG_DATA_HOME", "/data"), "Linux", home)
                .root()).isEqualTo(Path.of("/tmp/uji"));
    }
}
