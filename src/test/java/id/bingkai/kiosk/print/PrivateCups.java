// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A throw-away CUPS scheduler on its own socket and folders, for tests. */
final class PrivateCups {
    static final Path CUPS_PDF_PPD = Path.of("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");
    private final Process process;
    private final Path socket;
    private final String whyNot;

    private PrivateCups(Process process, Path socket, String whyNot) {
        this.process = process;
        this.socket = socket;
        this.whyNot = whyNot;
    }

    static PrivateCups start(Path root) throws IOException, InterruptedException {
        Path cupsd = Path.of("/usr/sbin/cupsd");
        if (!Files.isExecutable(cupsd) || !Files.exists(Path.of("/usr/bin/lpstat"))) {
            return new PrivateCups(null, null, "CUPS (cupsd, lpstat)");
        }
        if (!Files.exists(CUPS_PDF_PPD)) {
            return new PrivateCups(null, null, "CUPS-PDF (printer-driver-cups-pdf)");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return new PrivateCups(null, null, "root, to start a private cupsd (it drops to user lp)");
        }
        Path socket = root.resolve("cups.sock");
        for (String d : List.of("spool", "cache", "state", "tmp", "log")) {
            Files.createDirectories(root.resolve(d));
        }
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
                """.formatted(socket));
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
        ProcessRunner runner = new ProcessRunner(Optional.of(socket.toString()));
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                return new PrivateCups(null, null, "a cupsd that starts (it said: "
                        + Files.readString(root.resolve("log/stdout")).strip() + ")");
            }
            if (Files.exists(socket) && runner.run(List.of("lpstat", "-r")).output().contains("is running")) {
                return new PrivateCups(process, socket, "");
            }
            Thread.sleep(100);
        }
        process.destroy();
        return new PrivateCups(null, null, "a cupsd that answers within 10 s");
    }

    boolean running() {
        return process != null;
    }

    String whyNot() {
        return whyNot;
    }

    CommandRunner runner() {
        return new ProcessRunner(Optional.of(socket.toString()));
    }

    void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
