// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import id.bingkai.core.i18n.Messages;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@code bingkai kiosk --hash-pin}: reads the admin PIN from standard input (without echo on a terminal; one line
 * when piped) and prints the salted hash to paste into {@code kiosk.json} as {@code adminPin}. Exit codes: 0 done,
 * 2 the PIN is not 4 to 12 digits (or the two entries differ), 1 the input could not be read.
 */
public final class PinCommand {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    /** Where the PIN is typed. */
    @FunctionalInterface
    public interface PinInput {
        /** The PIN, or null at the end of input. The caller clears the array. */
        char[] read(String prompt) throws IOException;
    }

    private final PinInput input;
    private final boolean confirm;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Messages messages;
    private final SecureRandom random;

    /** @param confirm ask twice (on a terminal, where a typo cannot be seen) */
    public PinCommand(PinInput input, boolean confirm, PrintWriter out, PrintWriter err, Messages messages,
            SecureRandom random) {
        this.input = Objects.requireNonNull(input, "input");
        this.confirm = confirm;
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * The input for this process: the terminal without echo when there is one, else the first line of
     * {@code stdin}. Pass {@code System.console()} (may be null) and {@code System.in}.
     */
    public static PinInput systemInput(Console console, InputStream stdin) {
        if (console != null && console.isTerminal()) {
            return prompt -> console.readPassword("%s", prompt);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        return prompt -> {
            CharBuffer line = CharBuffer.allocate(64);
            int c;
            while ((c = reader.read()) != -1 && c != '\n') {
                if (c != '\r' && line.hasRemaining()) {
                    line.put((char) c);
                }
            }
            if (c == -1 && line.position() == 0) {
                return null;
            }
            char[] pin = Arrays.copyOf(line.array(), line.position());
            Arrays.fill(line.array(), '\0');
            return pin;
        };
    }

    public int run() {
        char[] pin = null;
        char[] again = null;
        try {
            pin = input.read(messages.get("kiosk.pin.prompt"));
            if (pin == null || !PinHash.isValidPin(pin)) {
                err.println(messages.get("kiosk.pin.invalid"));
                return USAGE;
            }
            if (confirm) {
                again = input.read(messages.get("kiosk.pin.again"));
                if (again == null || !Arrays.equals(pin, again)) {
                    err.println(messages.get("kiosk.pin.mismatch"));
                    return USAGE;
                }
            }
            out.println(PinHash.hash(pin, random).encoded());
            out.flush();
            return OK;
        } catch (IOException e) {
            err.println(messages.get("kiosk.pin.unreadable", String.valueOf(e.getMessage())));
            return FAILURE;
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
            if (again != null) {
                Arrays.fill(again, '\0');
            }
        }
    }
}
