// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.print;

import id.bingkai.testing.Cupsd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A throw-away CUPS scheduler ({@link Cupsd}) on its own socket, with the kiosk's command runner pointed at it. */
final class PrivateCups {
    static final Path CUPS_PDF_PPD = Cupsd.CUPS_PDF_PPD;
    private final Cupsd cupsd;
    private final Path socket;

    private PrivateCups(Cupsd cupsd, Path socket) {
        this.cupsd = cupsd;
        this.socket = socket;
    }

    static PrivateCups start(Path root) throws IOException, InterruptedException {
        Path socket = root.resolve("cups.sock");
        ProcessRunner runner = new ProcessRunner(Optional.of(socket.toString()));
        Cupsd cupsd = Cupsd.start(root, socket.toString(), () -> Files.exists(socket)
                && runner.run(List.of("lpstat", "-r")).output().contains("is running"));
        return new PrivateCups(cupsd, socket);
    }

    boolean running() {
        return cupsd.running();
    }

    String whyNot() {
        return cupsd.whyNot();
    }

    CommandRunner runner() {
        return new ProcessRunner(Optional.of(socket.toString()));
    }

    void stop() {
        cupsd.close();
    }
}
