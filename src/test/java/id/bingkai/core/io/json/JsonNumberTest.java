// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import id.bingkai.core.error.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Numbers read without BigDecimal (JsonNumber, PlainDecimal, JsonFields' fast paths) give exactly what the
 * BigDecimal of the same text gave before: the same double, the same whole number or refusal, the same comparison.
 */
class JsonNumberTest {
    /** Every shape of JSON number a pack might hold, plain and not, small and huge, edge cases of each path. */
    private static final List<String> NUMBERS = List.of("0", "-0", "7", "-7", "1080", "1080.0", "1080.000", "1080.5",
            "0.25", "-0.25", "1", "1.0", "1.00000000000000000001", "0.99999999999999999999", "-0.0", "0.0",
            "999999999", "-999999999", "1000000000", "2147483647", "2147483648", "-2147483648", "-2147483649",
            "999999999.0", "12345678901234567890", "123456789012345678", "1234567890123456789.5", "1e3", "1E3",
            "1.5e2", "-2e-3", "1e400", "1e-400", "0.1", "0.30000000000000004", "9007199254740993",
            "4.9e-324", "2.5e-324", "-1e-400", "-0.0e5", "-0e-3", "1.7976931348623157e308", "3.14159265358979323846264338327950288");

    @Test
    void doublesAreTheDoublesOfTheExactDecimal() {
        for (String text : NUMBERS) {
            JsonElement v = parsed(text);
            double expected = new BigDecimal(text).doubleValue();
            assertThat(JsonFields.doubleOf(v)).as(text).contains(expected);
            assertThat(new JsonNumber(text).doubleValue()).as(text).isEqualTo(expected);
            assertThat(JsonFields.decimal(v)).as(text).contains(new BigDecimal(text));
        }
    }

    @Test
    void comparisonsWithWholeNumbersAreExact() {
        for (String text : NUMBERS) {
            JsonElement v = parsed(text);
            for (long n : new long[] {-3, -1, 0, 1, 2, 1080, 999_999_999, Long.MAX_VALUE, Long.MIN_VALUE}) {
                int expected = new BigDecimal(text).compareTo(BigDecimal.valueOf(n));
                assertThat(JsonFields.compare(v, n)).as(text + " vs " + n).isEqualTo(expected);
                Integer plain = PlainDecimal.compare(text, n);
                if (plain != null) {
                    assertThat(plain).as("plain " + text + " vs " + n).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void theFastPathsTakeThePlainFormsAPackUses() {
        assertThat(PlainDecimal.smallWhole("1080")).isEqualTo(1080);
        assertThat(PlainDecimal.smallWhole("-12.00")).isEqualTo(-12);
        assertThat(PlainDecimal.smallWhole("-0")).isZero();
        assertThat(PlainDecimal.smallWhole("1080.5")).isNull();
        assertThat(PlainDecimal.smallWhole("1e3")).isNull();
        assertThat(PlainDecimal.smallWhole("1234567890")).isNull();
        assertThat(PlainDecimal.compare("0.25", 1)).isEqualTo(-1);
        assertThat(PlainDecimal.compare("1.000", 1)).isZero();
        assertThat(PlainDecimal.compare("1.5e2", 1)).isNull();
    }

    @Test
    void wholeNumbersAndTheirRefusalsAreUnchanged() {
        for (String text : NUMBERS) {
            BigDecimal exact = new BigDecimal(text);
            Integer whole;
            try {
                whole = exact.intValueExact();
            } catch (ArithmeticException e) {
                whole = null;
            }
            List<Problem> problems = new ArrayList<>();
            assertThat(fields(text, problems).integer("n", true)).as(text).isEqualTo(Optional.ofNullable(whole));
            assertThat(problems).as(text).hasSize(whole == null ? 1 : 0);

            boolean fraction = exact.stripTrailingZeros().scale() > 0;
            Integer clamped = whole != null ? whole : fraction ? null
                    : exact.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            boolean inRange = clamped != null && clamped >= -1000 && clamped <= 5000;
            List<Problem> ranged = new ArrayList<>();
            assertThat(fields(text, ranged).integer("n", true, -1000, 5000)).as(text)
                    .isEqualTo(inRange ? Optional.of(clamped) : Optional.empty());
            assertThat(ranged).as(text).hasSize(inRange ? 0 : 1);
        }
    }

    private static JsonFields fields(String number, List<Problem> problems) {
        JsonObject root = StrictJson.parse("{\"n\": " + number + "}", "t.json", 8, problems::add).orElseThrow();
        return JsonFields.of(root, "t.json", "", problems::add, Set.of("n")).orElseThrow();
    }

    private static JsonElement parsed(String number) {
        List<Problem> problems = new ArrayList<>();
        JsonObject root = StrictJson.parse("{\"n\": " + number + "}", "t.json", 8, problems::add).orElseThrow();
        assertThat(problems).as(number).isEmpty();
        assertThat(root.get("n").getAsJsonPrimitive().getAsNumber()).isInstanceOf(JsonNumber.class);
        return root.get("n");
    }
}
