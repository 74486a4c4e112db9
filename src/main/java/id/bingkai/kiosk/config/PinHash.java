// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The admin PIN as a salted, slow hash (PBKDF2-HMAC-SHA256 from the JDK), written
 * {@code pbkdf2-sha256:<iterations>:<salt base64>:<hash base64>}. A PIN has few digits, so the slowness is what
 * makes guessing it from a copied config file expensive; the kiosk itself also locks after wrong tries.
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {
    public static final int DEFAULT_ITERATIONS = 600_000;
    public static final int MIN_ITERATIONS = 100_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final Pattern FORMAT = Pattern.compile(
            "pbkdf2-sha256:(\\d{6,8}):([A-Za-z0-9+/]{22,}={0,2}):([A-Za-z0-9+/]{43}=)");

    public PinHash {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
        if (iterations < MIN_ITERATIONS || iterations > 10_000_000) {
            throw new IllegalArgumentException("iterations must be " + MIN_ITERATIONS + "..10000000");
        }
        if (salt.length < 16 || hash.length != 32) {
            throw new IllegalArgumentException("salt must be at least 16 bytes and the hash 32");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Hashes a new PIN with a fresh random salt. The PIN must be 4 to 12 digits. */
    public static PinHash hash(char[] pin, SecureRandom random) {
        requireValidPin(pin);
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PinHash(DEFAULT_ITERATIONS, salt, derive(pin, salt, DEFAULT_ITERATIONS));
    }

    public static PinHash hash(char[] pin) {
        return hash(pin, new SecureRandom());
    }

    /** Whether a PIN is acceptable: 4 to 12 ASCII digits. */
    public static boolean isValidPin(char[] pin) {
        if (pin.length < 4 || pin.length > 12) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void requireValidPin(char[] pin) {
        if (!isValidPin(pin)) {
            throw new IllegalArgumentException("a PIN is 4 to 12 digits");
        }
    }

    /** Parses the encoded form; throws IllegalArgumentException when it is not one. */
    public static PinHash parse(String encoded) {
        Matcher m = FORMAT.matcher(encoded);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PIN hash made by 'bingkai kiosk --hash-pin'");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new PinHash(Integer.parseInt(m.group(1)), b64.decode(m.group(2)), b64.decode(m.group(3)));
    }

    /** Whether the PIN is the one hashed; compares in constant time. */
    public boolean matches(char[] pin) {
        if (!isValidPin(pin)) {
            return false;
        }
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinHash p && p.encoded().equals(encoded());
    }

    @Override
    public int hashCode() {
        return encoded().hashCode();
    }

    /** Never shows the hash (it would help nobody reading a log). */
    @Override
    public String toString() {
        return "PinHash[" + PREFIX + ", " + iterations + " iterations]";
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
