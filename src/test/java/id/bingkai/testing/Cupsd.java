// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away CUPS scheduler with its own configuration and folders under a test's temporary folder, listening on
 * what the test gives (a socket path or {@code host:port}); the machine's own printers are untouched. It needs root
 * (cupsd drops to user lp), CUPS and CUPS-PDF; where one is missing, {@link #whyNot()} says which, for the test's skip.
 */
public final class Cupsd implements AutoCloseable {
    /** The CUPS-PDF driver a test queue is made with. */
    public static final Path CUPS_PDF_PPD = Path.of("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");

    /** Whether the scheduler answers yet (asked every 100 ms, for at most 10 s). */
    @FunctionalInterface
    public interface Probe {
        boolean answers() throws IOException, InterruptedException;
    }

    private final Process process;
    private final String whyNot;

    private Cupsd(Process process, String whyNot) {
        this.process = process;
        this.whyNot = whyNot;
    }

    public static Cupsd start(Path root, String listen, Probe probe) throws IOException, InterruptedException {
        Path cupsd = Path.of("/usr/sbin/cupsd");
        if (!Files.isExecutable(cupsd) || !Files.exists(Path.of("/usr/bin/lpstat"))) {
            return new Cupsd(null, "CUPS (cupsd, lpstat) is not installed");
        }
        if (!Files.exists(CUPS_PDF_PPD)) {
            return new Cupsd(null, "CUPS-PDF (printer-driver-cups-pdf) is not installed");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return new Cupsd(null, "a private cupsd needs root (it drops to user lp)");
        }
        for (String d : List.of("spool", "cache", "state", "tmp", "log")) {
            Files.createDirectories(root.resolve(d));
        }
        Files.setPosixFilePermissions(root.resolve("tmp"), PosixFilePermissions.fromString("rwxrwxrwx"));
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
                """.formatted(listen));
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
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                return new Cupsd(null, "cupsd did not start: " + Files.readString(root.resolve("log/stdout")).strip());
            }
            if (probe.answers()) {
                return new Cupsd(process, "");
            }
            Thread.sleep(100);
        }
        process.destroy();
        return new Cupsd(null, "cupsd did not answer within 10 s");
    }

    public boolean running() {
        return process != null;
    }

    public String whyNot() {
        return whyNot;
    }

    @Override
    public void close() {
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
