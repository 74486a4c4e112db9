// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.usb;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.fault.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsbHandoffTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 6, 9, 30, 5);
    @TempDir
    Path dir;

    @Test
    void savesTheBytesUnderATimeNameAndNeverReplacesAnEarlierVisitorsFile() throws IOException {
        UsbHandoff usb = new UsbHandoff(dir, new AtomicFiles(), () -> NOW);
        Outcome<Path> first = usb.save(new byte[] {1, 2, 3}, "jpg");
        Outcome<Path> second = usb.save(new byte[] {4, 5}, "jpg");
        Path a = ((Outcome.Done<Path>) first).value();
        Path b = ((Outcome.Done<Path>) second).value();
        assertThat(a.getFileName()).hasToString("bingkai-20261206-093005.jpg");
        assertThat(b.getFileName()).hasToString("bingkai-20261206-093005-1.jpg");
        assertThat(Files.readAllBytes(a)).containsExactly(1, 2, 3);
        assertThat(Files.readAllBytes(b)).containsExactly(4, 5);
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").hasSize(2);
        }
    }

    @Test
    void aPulledOutStickIsAFaultTheScreenCanShow() {
        UsbHandoff usb = new UsbHandoff(dir.resolve("media/usb"), new AtomicFiles(), () -> NOW);
        assertThat(usb.ready()).isFalse();
        Outcome<Path> result = usb.save(new byte[] {1}, "png");
        assertThat(result).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed<Path>) result).fault().kind()).isEqualTo(KioskFault.Kind.USB_MISSING);
    }

    @Test
    void aFullStickIsADiskFullFaultAndLeavesNoPartialFile() throws IOException {
        UsbHandoff usb = new UsbHandoff(dir, new AtomicFiles(), () -> NOW, folder -> 10_000);
        Outcome<Path> result = usb.save(new byte[100_000], "jpg");
        assertThat(((Outcome.Failed<Path>) result).fault().kind()).isEqualTo(KioskFault.Kind.DISK_FULL);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
