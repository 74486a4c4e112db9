// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs CUPS tools as processes, in the C locale (so their answers parse the same on every machine) and with a
 * time limit (a hung scheduler must not hang the kiosk). {@code server} points at another scheduler (a socket path
 * or host:port, as {@code CUPS_SERVER}); empty uses the system's.
 */
public final class ProcessRunner implements CommandRunner {
    private static final long TIMEOUT_SECONDS = 10;
    private final Optional<String> server;

    public ProcessRunner(Optional<String> server) {
        this.server = server;
    }

    @Override
    public Result run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("LC_ALL", "C");
        env.put("LANG", "C");
        server.ifPresent(s -> env.put("CUPS_SERVER", s));
        Process process = builder.start();
        try {
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readNBytes(256 * 1024);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.getFirst() + " did not answer within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
