// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.print;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away CUPS scheduler on its own TCP port (so that a Java process pointed at it with {@code CUPS_SERVER}
 * finds its queues through the JDK's own CUPS lookup) and its own folders; the machine's printers are untouched.
 */
final class CupsScheduler implements AutoCloseable {
    static final Path CUPS_PDF_PPD = Path.of("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");
    private final Process process;
    private final String server;
    private final String whyNot;

    private CupsScheduler(Process process, String server, String whyNot) {
        this.process = process;
        this.server = server;
        this.whyNot = whyNot;
    }

    static CupsScheduler start(Path root) throws IOException, InterruptedException {
        Path cupsd = Path.of("/usr/sbin/cupsd");
        if (!Files.isExecutable(cupsd) || !Files.exists(Path.of("/usr/bin/lpstat"))) {
            return new CupsScheduler(null, null, "CUPS (cupsd, lpstat) is not installed");
        }
        if (!Files.exists(CUPS_PDF_PPD)) {
            return new CupsScheduler(null, null, "CUPS-PDF (printer-driver-cups-pdf) is not installed");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return new CupsScheduler(null, null, "a private cupsd needs root (it drops to user lp)");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String server = "127.0.0.1:" + port;
        for (String d : List.of("spool", "cache", "state", "tmp", "log")) {
            Files.createDirectories(root.resolve(d));
        }
        Files.setPosixFilePermissions(root.resolve("tmp"), java.nio.file.attribute.PosixFilePermissions
                .fromString("rwxrwxrwx"));
        Files.writeString(root.resolve("cupsd.conf"), """
                Listen %s
                LogLevel warn
                WebInterface No
                Browsing Off
                DefaultAuthType None
                <Location />
                  Order allow,deny
                  Allow all
                </Location>
                <Policy default>
                  <Limit All>
                    Order deny,allow
                  </Limit>
                </Policy>
                """.formatted(server));
        Files.writeString(root.resolve("cups-files.conf"), """
                ServerRoot %1$s
                RequestRoot %1$s/spool
                CacheDir %1$s/cache
                StateDir %1$s/state
                TempDir %1$s/tmp
                ErrorLog %1$s/log/error_log
                AccessLog %1$s/log/access_log
                PageLog %1$s/log/page_log
                ServerBin /usr/lib/cups
                DataDir /usr/share/cups
                User lp
                Group lp
                SystemGroup root
                """.formatted(root));
        Process process = new ProcessBuilder(cupsd.toString(), "-f", "-c", root.resolve("cupsd.conf").toString(),
                "-s", root.resolve("cups-files.conf").toString()).redirectErrorStream(true)
                .redirectOutput(root.resolve("log/stdout").toFile()).start();
        CupsScheduler cups = new CupsScheduler(process, server, "");
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                return new CupsScheduler(null, null, "cupsd did not start: "
                        + Files.readString(root.resolve("log/stdout")).strip());
            }
            if (cups.run("lpstat", "-r").contains("is running")) {
                return cups;
            }
            Thread.sleep(100);
        }
        process.destroy();
        return new CupsScheduler(null, null, "cupsd did not answer within 10 s");
    }

    boolean running() {
        return process != null;
    }

    String whyNot() {
        return whyNot;
    }

    /** {@code host:port}, the value of {@code CUPS_SERVER} for a process that should print here. */
    String server() {
        return server;
    }

    /** Runs a CUPS command against this scheduler; its output and error, and "exit N" when it failed. */
    String run(String... command) throws IOException, InterruptedException {
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
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
