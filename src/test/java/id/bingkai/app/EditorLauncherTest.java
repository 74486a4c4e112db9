// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the desktop passes when a user opens a file with Bingkai (packaging/linux/resources/Bingkai.desktop). */
class EditorLauncherTest {
    @ParameterizedTest
    @CsvSource({
        "/home/siti/Dokumen/Foto profil.bingkai, true",
        "proyek.BINGKAI, true",
        "/home/siti/Unduhan/bingkai-resmi.zip, true",
        "/home/siti/Unduhan/Twibbon ASN Netral.PNG, true",
        "render, false",
        "--help, false",
        "--out.zip, false",
        "foto.jpg, false",
        "'', false"})
    void projectsAndFramePacksOpenInTheEditorAndCommandsDoNot(String word, boolean opens) {
        assertThat(EditorLauncher.opens(word)).isEqualTo(opens);
    }
}
