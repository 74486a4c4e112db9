// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.print;

import id.bingkai.testing.Cupsd;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away CUPS scheduler ({@link Cupsd}) on its own TCP port, so that a Java process pointed at it with
 * {@code CUPS_SERVER} finds its queues through the JDK's own CUPS lookup; the machine's printers are untouched.
 */
final class CupsScheduler implements AutoCloseable {
    static final Path CUPS_PDF_PPD = Cupsd.CUPS_PDF_PPD;
    private final Cupsd cupsd;
    private final String server;

    private CupsScheduler(Cupsd cupsd, String server) {
        this.cupsd = cupsd;
        this.server = server;
    }

    static CupsScheduler start(Path root) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String server = "127.0.0.1:" + port;
        Cupsd cupsd = Cupsd.start(root, server, () -> runAgainst(server, "lpstat", "-r").contains("is running"));
        return new CupsScheduler(cupsd, server);
    }

    boolean running() {
        return cupsd.running();
    }

    String whyNot() {
        return cupsd.whyNot();
    }

    /** {@code host:port}, the value of {@code CUPS_SERVER} for a process that should print here. */
    String server() {
        return server;
    }

    /** Runs a CUPS command against this scheduler; its output and error, and "exit N" when it failed. */
    String run(String... command) throws IOException, InterruptedException {
        return runAgainst(server, command);
    }

    private static String runAgainst(String server, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true);
        pb.environment().put("CUPS_SERVER", server);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return out + " (timed out)";
        }
        return p.exitValue() == 0 ? out : out + " exit " + p.exitValue();
    }

    @Override
    public void close() {
        cupsd.close();
    }
}
