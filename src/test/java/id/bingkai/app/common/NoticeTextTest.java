// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NoticeTextTest {
    private final Messages m = new Messages(Locale.of("id"));

    @Test
    void findingThatBeginsWithAnElementNameReadsAsASentence() {
        Msg finding = Msg.of("guideline.whatsapp-centre.outside", Msg.of("guideline.element.text", "ASN PILIH NETRAL"),
                80);

        assertThat(NoticeText.format(m, finding)).startsWith("teks \"ASN PILIH NETRAL\"");
        assertThat(NoticeText.sentence(m, finding)).startsWith("Teks \"ASN PILIH NETRAL\" berada di luar 80 %");
    }

    @Test
    void messageThatIsAlreadyASentenceStaysAsItIs() {
        Msg empty = Msg.of("guideline.photo-coverage.empty", Msg.of("guideline.slot.place"));

        assertThat(NoticeText.sentence(m, empty)).isEqualTo(NoticeText.format(m, empty));
    }
}
