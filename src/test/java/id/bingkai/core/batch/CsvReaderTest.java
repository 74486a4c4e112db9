// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV records themselves: fields, quotes, line numbers and the limits that stop a runaway file. */
class CsvReaderTest {
    /** Every record of {@code text}, each prefixed by the physical line where it starts and its record number. */
    private static List<String> records(String text, char separator) throws IOException {
        CsvReader csv = new CsvReader(new StringReader(text), separator);
        List<String> out = new ArrayList<>();
        List<String> record;
        while ((record = csv.next()) != null) {
            out.add(csv.recordLine() + "/" + csv.recordNumber() + " " + record);
        }
        assertThat(csv.next()).as("the end stays the end").isNull();
        return out;
    }

    @Test
    void eachLineEndingCountsOnePhysicalLine() throws IOException {
        assertThat(records("a,b\nc,d\ne\n", ',')).containsExactly("1/1 [a, b]", "2/2 [c, d]", "3/3 [e]");
        assertThat(records("a,b\r\nc,d\r\ne", ',')).containsExactly("1/1 [a, b]", "2/2 [c, d]", "3/3 [e]");
        assertThat(records("a,b\rc,d\re\r", ',')).containsExactly("1/1 [a, b]", "2/2 [c, d]", "3/3 [e]");
        // a blank line is a record too (the sheet skips it); only the lines of those with text are asserted
        assertThat(records("a\r\rb\n\nc", ',')).as("CR CR is two lines, LF LF too").hasSize(5)
                .filteredOn(r -> !r.endsWith("[]")).containsExactly("1/1 [a]", "3/3 [b]", "5/5 [c]");
    }

    @Test
    void lineBreaksInsideQuotesAreTextButStillMoveTheLineOfTheNextRecord() throws IOException {
        assertThat(records("\"a\r\nb\",c\r\n\"x\ry\"\nlast\n", ','))
                .containsExactly("1/1 [a\r\nb, c]", "3/2 [x\ry]", "5/3 [last]");
    }

    @Test
    void unquotedFieldsAreTrimmedQuotedOnesKeptAsWritten() throws IOException {
        assertThat(records("  a  ;\" b \" ;  \" c\";\"\"\n", ';')).containsExactly("1/1 [a,  b ,  c, ]");
    }

    @Test
    void aDoubledQuoteInsideQuotesIsOneQuoteAndTextAfterAClosingQuoteIsKept() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("\"say \"\"hi\"\"\",\"a\"b,c\"d\"\n"), ',');
        assertThat(csv.next()).containsExactly("say \"hi\"", "ab", "c\"d\"");
    }

    @Test
    void aQuoteOpenedAfterAQuotedFieldIsTextNotANewQuote() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("\"a\" \"b\",c\n"), ',');
        assertThat(csv.next()).containsExactly("a\"b\"", "c");
        CsvReader empty = new CsvReader(new StringReader("\"\" \"b\",c\n"), ',');
        assertThat(empty.next()).as("even after an empty quoted field").containsExactly("\"b\"", "c");
    }

    @Test
    void aNulCharacterIsTextEvenAtTheStartOfARecord() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("\u0000a,b\n\u0000\n"), ',');
        assertThat(csv.next()).containsExactly("\u0000a", "b");
        assertThat(csv.next()).containsExactly("\u0000");
        assertThat(csv.next()).isNull();
        CsvReader quoted = new CsvReader(new StringReader("\"\u0000\",\"a\u0000b\"\n"), ',');
        assertThat(quoted.next()).as("inside quotes too").containsExactly("\u0000", "a\u0000b");
    }

    @Test
    void theSeparatorIsTheOneGiven() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("a,b;c\tdisk\n"), '\t');
        assertThat(csv.separator()).isEqualTo('\t');
        assertThat(csv.next()).containsExactly("a,b;c", "disk");
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereItsRecordStarts() {
        CsvReader csv = new CsvReader(new StringReader("a\r\nb\r\nc,\"d\r\ne\r\n"), ',');
        assertThatThrownBy(() -> {
            while (csv.next() != null) {
                // read on
            }
        }).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.kind()).isEqualTo(CsvFormatException.Kind.UNCLOSED_QUOTE);
            assertThat(e.line()).isEqualTo(3);
            assertThat(e).hasMessage("UNCLOSED_QUOTE at line 3");
        });
    }

    @Test
    void aFieldMayBeExactlyTheLongestAcceptedButNotOneCharacterMore() throws IOException {
        String longest = "x".repeat(CsvReader.MAX_FIELD);
        CsvReader ok = new CsvReader(new StringReader("\"" + longest + "\"\n" + longest + "\n"), ',');
        assertThat(ok.next()).containsExactly(longest);
        assertThat(ok.next()).containsExactly(longest);
        CsvReader quoted = new CsvReader(new StringReader("a\n\"" + longest + "y\"\n"), ',');
        quoted.next();
        assertThatThrownBy(quoted::next).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.kind()).isEqualTo(CsvFormatException.Kind.FIELD_TOO_LONG);
            assertThat(e.line()).isEqualTo(2);
        });
        CsvReader plain = new CsvReader(new StringReader(longest + "y\n"), ',');
        assertThatThrownBy(plain::next).isInstanceOfSatisfying(CsvFormatException.class,
                e -> assertThat(e.kind()).isEqualTo(CsvFormatException.Kind.FIELD_TOO_LONG));
    }

    @Test
    void aRecordMayHaveExactlyTheMostFieldsAcceptedButNotOneMore() throws IOException {
        String most = String.join(",", Collections.nCopies(CsvReader.MAX_FIELDS, "f"));
        CsvReader ok = new CsvReader(new StringReader(most + "\n"), ',');
        assertThat(ok.next()).hasSize(CsvReader.MAX_FIELDS);
        CsvReader tooMany = new CsvReader(new StringReader("a\n" + most + ",f\n"), ',');
        tooMany.next();
        assertThatThrownBy(tooMany::next).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.kind()).isEqualTo(CsvFormatException.Kind.TOO_MANY_FIELDS);
            assertThat(e.line()).isEqualTo(2);
        });
    }
}
