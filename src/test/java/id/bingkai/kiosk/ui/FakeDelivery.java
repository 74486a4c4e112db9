// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Hand-off into a temporary folder: links are made up, the printer's answer is set by the test. */
final class FakeDelivery implements Delivery {
    private final Path root;
    private Path visit;
    volatile String printerProblem;
    volatile boolean print = true;
    volatile boolean usb = true;
    volatile int wipes;
    volatile int printed;

    FakeDelivery(Path root) {
        this.root = root;
    }

    @Override
    public synchronized Path visitFolder() throws IOException {
        if (visit == null) {
            visit = Files.createDirectories(root.resolve("visit"));
        }
        return visit;
    }

    @Override
    public Optional<String> publish(Path result) {
        return Optional.of("http://192.168.8.10:8080/d/" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v");
    }

    @Override
    public boolean printConfigured() {
        return print;
    }

    @Override
    public Optional<String> printerProblem() {
        return Optional.ofNullable(printerProblem);
    }

    @Override
    public Optional<String> print(Path result) {
        if (printerProblem != null) {
            return Optional.of(printerProblem);
        }
        printed++;
        return Optional.empty();
    }

    @Override
    public boolean usbConfigured() {
        return usb;
    }

    @Override
    public Path saveToUsb(Path result) throws IOException {
        Path usbDir = Files.createDirectories(root.resolve("usb"));
        return Files.copy(result, usbDir.resolve(result.getFileName()));
    }

    @Override
    public int downloads() {
        return 0;
    }

    @Override
    public synchronized void wipe() {
        wipes++;
        if (visit != null) {
            try (Stream<Path> all = Files.walk(visit)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            visit = null;
        }
    }
}
