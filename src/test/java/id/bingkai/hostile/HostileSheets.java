// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import id.bingkai.testing.Bytes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** People sheets (CSV) as spreadsheets and strangers make them: the seeds of {@link SheetFuzzTest}. */
final class HostileSheets {
    private HostileSheets() {
    }

    static Map<String, byte[]> seeds() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("sheet-valid", Bytes.utf8("nama,unit,foto\nSiti Aminah,Humas,siti.jpg\nBudi,TU,budi.jpg\n"));
        seeds.put("sheet-excel-semicolons-bom-crlf", Bytes.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Bytes.utf8("Nama;Unit;Foto\r\nBudi;TU;budi.jpg\r\n;;\r\n")));
        seeds.put("sheet-quoted-line-breaks", Bytes.utf8("nama,unit,foto\n\"Siti \"\"Ina\"\"\nAminah\",Humas,s.jpg\n"));
        seeds.put("sheet-cp1252", "nama,unit,foto\nDésirée – “Humas”,TU,d.jpg\n"
                .getBytes(Charset.forName("windows-1252")));
        seeds.put("sheet-utf16", "nama,unit,foto\nSiti,Humas,s.jpg\n".getBytes(StandardCharsets.UTF_16));
        seeds.put("sheet-runaway-quote", Bytes.utf8("nama,unit,foto\n\"Siti,Humas,siti.jpg\n" + "x,y,z\n".repeat(500)));
        seeds.put("sheet-2000-columns", Bytes.utf8("nama,foto," + "k,".repeat(2000) + "\n"));
        seeds.put("sheet-empty", new byte[0]);
        seeds.put("sheet-header-only", Bytes.utf8("nama,unit,foto"));
        seeds.put("sheet-no-photo-column", Bytes.utf8("nama,unit\nSiti,Humas\n"));
        seeds.put("sheet-duplicate-column", Bytes.utf8("nama,Nama,foto\nSiti,S,s.jpg\n"));
        seeds.put("sheet-nfd-and-emoji", Bytes.utf8("nama,foto\nDe\u0301sire\u0301e 😀,d.jpg\n"));
        seeds.put("sheet-formulas-and-paths", Bytes.utf8("nama,unit,foto\n=HYPERLINK(\"http://127.0.0.1:9/\"),"
                + "@SUM(A1),../../../etc/passwd\n"));
        return seeds;
    }
}
