// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static id.bingkai.hostile.HostileCase.Expect.opens;
import static id.bingkai.hostile.HostileCase.Expect.refused;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import id.bingkai.testing.Bytes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code .bingkai} project files from strangers: broken, newer, oversized, pointing at odd places. */
final class HostileProjects {
    static final String FILE = "karya.bingkai";
    static final String PHOTO = "foto.jpg";

    private HostileProjects() {
    }

    /** A project on the built-in pack with the photo next to it. */
    static JsonObject project() {
        return JsonParser.parseString("""
                {
                  "schema": 1,
                  "app": "bingkai",
                  "pack": { "id": "contoh-asn-pilih-netral", "builtIn": true },
                  "frame": "bingkai-penuh",
                  "photoInFront": false,
                  "photo": { "path": "/tidak/ada/foto.jpg", "relative": "foto.jpg" },
                  "placement": { "offsetX": 0.1, "offsetY": 0, "zoom": 1.2, "rotation": 5, "flipped": false },
                  "texts": { "nama": "Siti Aminah", "unit": "Humas" }
                }
                """).getAsJsonObject();
    }

    static JsonObject project(Consumer<JsonObject> change) {
        JsonObject p = project();
        change.accept(p);
        return p;
    }

    static HostileCase project(String name, byte[] content, HostileCase.Expect expect) {
        return new HostileCase(name, HostileCase.Kind.PROJECT,
                Optional.of(new HostileCase.Seed(HostileCase.Target.PROJECT, content)), dir -> {
                    Files.write(dir.resolve(PHOTO), HostileImages.sampleJpeg());
                    return Files.write(dir.resolve(FILE), content);
                }, expect);
    }

    static HostileCase project(String name, JsonObject content, HostileCase.Expect expect) {
        return project(name, Bytes.utf8(content.toString()), expect);
    }

    static List<HostileCase> all() {
        String field = "project.error.field";
        String syntax = "project.error.syntax";
        String encoding = "project.error.encoding";
        String text = project().toString();
        List<HostileCase> cases = new ArrayList<>();
        cases.add(project("project-valid", project(), opens()));
        cases.add(project("project-utf8-bom", Bytes.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Bytes.utf8(text)), opens()));
        cases.add(project("project-utf16", text.getBytes(StandardCharsets.UTF_16), refused(encoding)));
        cases.add(project("project-cp1252", project(p -> p.getAsJsonObject("texts").addProperty("nama",
                "Désirée – “Humas”")).toString().getBytes(Charset.forName("windows-1252")), refused(encoding)));
        cases.add(project("project-empty", new byte[0], refused(syntax)));
        cases.add(project("project-is-a-photo", HostileImages.samplePng(), refused(encoding, syntax)));
        cases.add(project("project-truncated", Bytes.utf8(text.substring(0, text.length() / 2)), refused(syntax)));
        cases.add(project("project-trailing-garbage", Bytes.utf8(text + "{}"), refused(syntax)));
        cases.add(project("project-comment", Bytes.utf8("// karya\n" + text), refused(syntax)));
        cases.add(project("project-nan-zoom", Bytes.utf8(text.replace("\"zoom\":1.2", "\"zoom\":NaN")),
                refused(syntax)));
        cases.add(project("project-nested-100000-arrays", Bytes.utf8(text.replace("\"texts\":{",
                "\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + ",\"texts\":{")), refused(syntax)));
        cases.add(project("project-2-mb", Bytes.utf8(text.replace("\"schema\":1", "\"schema\":1"
                + " ".repeat(2 << 20))), refused("project.error.tooBig")));
        cases.add(project("project-newer-schema", project(p -> p.addProperty("schema", 2)),
                refused("project.error.newer")));
        cases.add(project("project-schema-1e9", project(p -> p.addProperty("schema", 1e9)),
                refused("project.error.newer")));
        cases.add(project("project-schema-1e300", project(p -> p.addProperty("schema", 1e300)),
                refused("project.error.newer", field)));
        cases.add(project("project-unknown-field", project(p -> p.addProperty("script", "rm -rf /")),
                refused("project.error.unknown")));
        cases.add(project("project-zoom-1e308", project(p -> p.getAsJsonObject("placement").addProperty("zoom",
                1e308)), refused("project.error.placement")));
        cases.add(project("project-negative-zoom", project(p -> p.getAsJsonObject("placement").addProperty("zoom",
                -1)), refused("project.error.placement")));
        cases.add(project("project-text-of-500000-characters", project(p -> p.getAsJsonObject("texts")
                .addProperty("nama", "x".repeat(500_000))), refused(field)));
        cases.add(project("project-text-for-unknown-key", project(p -> p.getAsJsonObject("texts")
                .addProperty("Bukan Kunci!", "x")), refused(field)));
        cases.add(project("project-unknown-pack", project(p -> p.getAsJsonObject("pack").addProperty("id",
                "paket-lain")), refused("project.error.pack")));
        cases.add(project("project-unknown-frame", project(p -> p.addProperty("frame", "tidak-ada")),
                refused("project.error.frame")));
        cases.add(project("project-pack-origin-is-a-device", project(p -> {
            JsonObject pack = p.getAsJsonObject("pack");
            pack.addProperty("id", "paket-lain");
            pack.addProperty("builtIn", false);
            pack.addProperty("origin", "/dev/zero");
        }), refused("pack.error.notAPack", "project.error.pack")));
        for (String[] network : new String[][] {
            {"project-pack-on-a-network-share", "\\\\127.0.0.1\\share\\paket.zip"},
            {"project-pack-on-a-unc-slash-path", "//127.0.0.1/share/paket.zip"},
        }) {
            cases.add(project(network[0], project(p -> {
                JsonObject pack = p.getAsJsonObject("pack");
                pack.addProperty("id", "paket-lain");
                pack.addProperty("builtIn", false);
                pack.addProperty("origin", network[1]);
            }), refused("project.error.network", "project.error.pack"))); // on Linux "//x" is the local "/x"
        }
        // A photo on a network share is not opened (on Windows that would connect to the share and hand over
        // the user's credentials); the project opens without it and says so.
        cases.add(project("project-photo-on-a-network-share", project(p -> {
            p.getAsJsonObject("photo").addProperty("path", "\\\\127.0.0.1\\share\\foto.jpg");
            p.getAsJsonObject("photo").addProperty("relative", "//127.0.0.1/share/foto.jpg");
        }), opens()));
        // A photo that is not there, or not a photo, opens the project without it (with a warning).
        cases.add(project("project-photo-missing", project(p -> p.getAsJsonObject("photo")
                .addProperty("relative", "hilang.jpg")), opens()));
        cases.add(project("project-photo-is-a-device", project(p -> {
            p.getAsJsonObject("photo").addProperty("path", "/dev/zero");
            p.getAsJsonObject("photo").remove("relative");
        }), opens()));
        cases.add(project("project-photo-leaves-the-folder", project(p -> p.getAsJsonObject("photo")
                .addProperty("relative", "../../../../../../etc/passwd")), opens()));
        cases.add(new HostileCase("project-is-a-fifo", HostileCase.Kind.PROJECT, Optional.empty(), dir -> {
            Path fifo = dir.resolve(FILE);
            SaveFaultsTest.run("mkfifo", fifo.toString());
            return fifo;
        }, refused("project.error.notFile")));
        return cases;
    }
}
