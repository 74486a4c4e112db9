// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The civil servant's employee number (Nomor Induk Pegawai): 18 digits, the birth date (yyyyMMdd), the month of
 * appointment (yyyyMM), a sex digit (1 or 2) and a serial of three. Frames call the field holding it {@code nip}. A
 * check of its shape only: a typo on a pledge card is caught, whether the number exists is not Bingkai's to know.
 */
public final class Nip {
    /** The key frames give the NIP field. */
    public static final String FIELD = "nip";

    private Nip() {
    }

    /** Whether {@code typed} (spaces and dots allowed between digits, as people write it) has the shape of a NIP. */
    public static boolean plausible(String typed) {
        String digits = typed.replace(" ", "").replace(".", "");
        if (digits.length() != 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        try {
            LocalDate.of(number(digits, 0, 4), number(digits, 4, 6), number(digits, 6, 8));
        } catch (DateTimeException e) {
            return false;
        }
        int month = number(digits, 12, 14);
        char sex = digits.charAt(14);
        return month >= 1 && month <= 12 && (sex == '1' || sex == '2');
    }

    private static int number(String digits, int from, int to) {
        return Integer.parseInt(digits.substring(from, to));
    }
}
