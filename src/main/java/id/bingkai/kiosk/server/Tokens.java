// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/** Unguessable link tokens: 256 random bits from SecureRandom, URL-safe base64 (43 characters). */
public final class Tokens {
    static final int BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final SecureRandom random;

    public Tokens(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a token at all; anything else never reaches a lookup. */
    static boolean wellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
