// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "198503122010011002 | true",
        "19850312 201001 1 002 | true",
        "19850312.201001.1.002 | true",
        "199912312024122001 | true",
        "19850312201001100 | false",       // 17 digits
        "1985031220100110021 | false",     // 19 digits
        "19850312201001100A | false",
        "198502302010011002 | false",      // 30 February
        "198513122010011002 | false",      // month 13 of birth
        "198503122010131002 | false",      // month 13 of appointment
        "198503122010010002 | false",      // sex digit 0
        "198503122010013002 | false",      // sex digit 3
        "'' | false"})
    void aNipHasEighteenDigitsWithABirthDateAnAppointmentMonthAndASexDigit(String typed, boolean plausible) {
        assertThat(Nip.plausible(typed)).isEqualTo(plausible);
    }
}
