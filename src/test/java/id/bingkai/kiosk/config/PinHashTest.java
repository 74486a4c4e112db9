// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PinHashTest {
    @Test
    void theRightPinMatchesAndOthersDoNot() {
        PinHash hash = PinHash.hash("482916".toCharArray());
        assertThat(hash.matches("482916".toCharArray())).isTrue();
        assertThat(hash.matches("482917".toCharArray())).isFalse();
        assertThat(hash.matches("".toCharArray())).isFalse();
        assertThat(hash.matches("48291６".toCharArray())).isFalse();
    }

    @Test
    void theEncodedFormRoundTripsCarriesNoPinAndIsSaltedDifferentlyEachTime() {
        PinHash a = PinHash.hash("1234".toCharArray());
        PinHash b = PinHash.hash("1234".toCharArray());
        assertThat(a.encoded()).startsWith("pbkdf2-sha256:600000:").doesNotContain("1234");
        assertThat(a).isNotEqualTo(b);
        assertThat(PinHash.parse(a.encoded())).isEqualTo(a);
        assertThat(PinHash.parse(b.encoded()).matches("1234".toCharArray())).isTrue();
        assertThat(a.toString()).doesNotContain(a.encoded().split(":")[3]);
    }

    @Test
    void weakOrForeignEncodingsAreRefused() {
        assertThatThrownBy(() -> PinHash.parse("1234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256:1000:AAAAAAAAAAAAAAAAAAAAAA==:"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PinHash.hash("12a4".toCharArray())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PinHash.hash("123".toCharArray())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommandHashesAPinPipedOnStandardInput() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var input = PinCommand.systemInput(null,
                new ByteArrayInputStream("97531\r\n".getBytes(StandardCharsets.UTF_8)));
        int code = new PinCommand(input, false, new PrintWriter(out), new PrintWriter(err),
                new Messages(Locale.ENGLISH), new SecureRandom()).run();
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).doesNotContain("97531");
        assertThat(PinHash.parse(out.toString().strip()).matches("97531".toCharArray())).isTrue();
    }

    @Test
    void theCommandRefusesABadPinAndDifferingEntries() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Messages en = new Messages(Locale.ENGLISH);
        var bad = PinCommand.systemInput(null, new ByteArrayInputStream("12\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(new PinCommand(bad, false, new PrintWriter(out), new PrintWriter(err), en, new SecureRandom())
                .run()).isEqualTo(PinCommand.USAGE);
        assertThat(err.toString()).contains("4 to 12 digits");
        var twice = PinCommand.systemInput(null,
                new ByteArrayInputStream("1234\n1243\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(new PinCommand(twice, true, new PrintWriter(out), new PrintWriter(err), en, new SecureRandom())
                .run()).isEqualTo(PinCommand.USAGE);
        var empty = PinCommand.systemInput(null, new ByteArrayInputStream(new byte[0]));
        assertThat(new PinCommand(empty, false, new PrintWriter(out), new PrintWriter(err), en, new SecureRandom())
                .run()).isEqualTo(PinCommand.USAGE);
        assertThat(out.toString()).isEmpty();
    }
}
