// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static id.bingkai.hostile.HostileCase.Expect.opens;
import static id.bingkai.hostile.HostileCase.Expect.opensOr;
import static id.bingkai.hostile.HostileCase.Expect.refused;
import static id.bingkai.hostile.HostileCase.packFile;
import static id.bingkai.hostile.HostileCase.packFolder;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Frame packs from strangers: hostile zips, folders, manifests and SVG layers. */
final class HostilePacks {
    static final String PNG_LAYER = "layers/hiasan.png";
    static final String SVG_LAYER = "layers/logo.svg";
    static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">
              <rect x="0" y="0" width="100" height="50" fill="#EC5425"/>
            </svg>
            """;

    private HostilePacks() {
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        zips(cases);
        zipBombs(cases);
        folders(cases);
        manifestText(cases);
        manifestValues(cases);
        svgLayers(cases);
        twibbons(cases);
        return cases;
    }

    // --- the valid pack every case breaks in one way ---

    static JsonObject manifest() {
        return JsonParser.parseString("""
                {
                  "schema": 1,
                  "id": "uji-bahaya",
                  "name": { "id": "Paket uji", "en": "Test pack" },
                  "fields": [ { "key": "nama", "label": "Nama" } ],
                  "frames": [ {
                    "id": "bingkai",
                    "name": "Bingkai",
                    "kind": "profile",
                    "width": 1080, "height": 1080,
                    "background": "#FFFFFF",
                    "slots": [ { "id": "foto", "shape": "rect", "x": 0, "y": 0, "width": 1080, "height": 1080 } ],
                    "layers": [
                      { "type": "image", "file": "layers/hiasan.png", "x": 0, "y": 900, "width": 1080, "height": 180 },
                      { "type": "image", "file": "layers/logo.svg", "x": 880, "y": 20, "width": 180, "height": 90 },
                      { "type": "text", "text": "{nama} {tag}", "x": 40, "y": 960, "width": 1000, "height": 80,
                        "size": 48 }
                    ]
                  } ]
                }
                """).getAsJsonObject();
    }

    static byte[] ornament() {
        BufferedImage image = new BufferedImage(60, 10, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xEC5425));
        g.fillRect(0, 0, 60, 10);
        g.dispose();
        return ImageFiles.encode(image, "png");
    }

    /** manifest.json and the files it names. */
    static Map<String, byte[]> files(byte[] manifest) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("manifest.json", manifest);
        files.put(PNG_LAYER, ornament());
        files.put(SVG_LAYER, Bytes.utf8(SVG));
        return files;
    }

    static Map<String, byte[]> files(JsonObject manifest) {
        return files(Bytes.utf8(manifest.toString()));
    }

    static Map<String, byte[]> withSvg(String svg) {
        Map<String, byte[]> files = files(manifest());
        files.put(SVG_LAYER, Bytes.utf8(svg));
        return files;
    }

    static byte[] validZip() {
        return zip(files(manifest()));
    }

    static byte[] zip(Map<String, byte[]> files) {
        List<Bytes.Entry> entries = new ArrayList<>();
        files.forEach((name, data) -> entries.add(new Bytes.Entry(name, data)));
        return Bytes.zip(entries);
    }

    /** The manifest with the value at a path such as {@code frames[0].layers[1].file} replaced. */
    static JsonObject with(String path, JsonElement value) {
        JsonObject copy = manifest();
        String[] steps = path.split("\\.");
        JsonElement current = copy;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            int bracket = step.indexOf('[');
            String key = bracket < 0 ? step : step.substring(0, bracket);
            boolean last = i == steps.length - 1;
            if (bracket < 0) {
                if (last) {
                    current.getAsJsonObject().add(key, value);
                } else {
                    current = current.getAsJsonObject().get(key);
                }
            } else {
                int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
                JsonArray array = current.getAsJsonObject().getAsJsonArray(key);
                if (last) {
                    array.set(index, value);
                } else {
                    current = array.get(index);
                }
            }
        }
        return copy;
    }

    private static HostileCase zipCase(String name, byte[] zip, HostileCase.Expect expect) {
        return packFile(name, "paket.zip", zip, expect);
    }

    /** A folder pack; the case is in its manifest, unless its SVG layer differs from the valid one. */
    private static HostileCase folderCase(String name, Map<String, byte[]> files, HostileCase.Expect expect) {
        boolean svg = !java.util.Arrays.equals(files.get(SVG_LAYER), Bytes.utf8(SVG));
        HostileCase.Seed seed = svg ? new HostileCase.Seed(HostileCase.Target.SVG, files.get(SVG_LAYER))
                : new HostileCase.Seed(HostileCase.Target.MANIFEST, files.get("manifest.json"));
        return packFolder(name, "paket", files, java.util.Optional.of(seed), expect);
    }

    private static HostileCase manifestCase(String name, byte[] manifest, HostileCase.Expect expect) {
        return folderCase(name, files(manifest), expect);
    }

    private static HostileCase manifestCase(String name, JsonObject manifest, HostileCase.Expect expect) {
        return folderCase(name, files(manifest), expect);
    }

    // --- zips ---

    private static void zips(List<HostileCase> cases) {
        cases.add(zipCase("zip-valid", validZip(), opens()));
        cases.add(packFile("zip-valid-named-png", "bingkai.png", validZip(), opens()));
        Map<String, byte[]> inFolder = new LinkedHashMap<>();
        files(manifest()).forEach((name, data) -> inFolder.put("Paket ASN/" + name, data));
        inFolder.put("__MACOSX/Paket ASN/._manifest.json", new byte[] {0, 5, 22, 7});
        cases.add(zipCase("zip-in-one-folder-with-macosx", zip(inFolder), opens()));
        String[][] badNames = {
            {"zip-entry-parent", "../jahat.png", "pack.problem.path.parent"},
            {"zip-entry-deep-parent", "layers/../../jahat.png", "pack.problem.path.parent"},
            {"zip-entry-absolute", "/etc/jahat.png", "pack.problem.path.absolute"},
            {"zip-entry-unc", "//server/share/jahat.png", "pack.problem.path.absolute"},
            {"zip-entry-drive", "C:/Windows/jahat.png", "pack.problem.path.drive"},
            {"zip-entry-drive-relative", "C:jahat.png", "pack.problem.path.drive"},
            {"zip-entry-backslash", "layers\\..\\..\\jahat.png", "pack.problem.path.backslash"},
            {"zip-entry-unc-backslash", "\\\\server\\share\\jahat.png", "pack.problem.path.backslash"},
            {"zip-entry-control-character", "layers/ja\u0007hat.png", "pack.problem.path.control"},
            {"zip-entry-reserved-con", "CON.png", "pack.problem.path.reserved"},
            {"zip-entry-reserved-aux-folder", "aux/hiasan.png", "pack.problem.path.reserved"},
            {"zip-entry-reserved-com1", "layers/com1.svg", "pack.problem.path.reserved"},
            {"zip-entry-reserved-lpt9", "LPT9", "pack.problem.path.reserved"},
            {"zip-entry-trailing-dot", "layers/hiasan.png.", "pack.problem.path.windows"},
            {"zip-entry-trailing-space", "layers /x.png", "pack.problem.path.windows"},
            {"zip-entry-windows-character", "layers/x?.png", "pack.problem.path.windows"},
        };
        for (String[] bad : badNames) {
            RawZip zip = new RawZip();
            files(manifest()).forEach(zip::stored);
            zip.stored(bad[1], Bytes.utf8("jahat"));
            cases.add(zipCase(bad[0], zip.toByteArray(), refused(bad[2])));
        }
        RawZip duplicate = new RawZip();
        files(manifest()).forEach(duplicate::stored);
        duplicate.stored(PNG_LAYER, ornament());
        cases.add(zipCase("zip-duplicate-entry", duplicate.toByteArray(), refused("pack.problem.zip.duplicate")));
        RawZip caseCollision = new RawZip();
        files(manifest()).forEach(caseCollision::stored);
        caseCollision.stored("Layers/Hiasan.png", ornament());
        cases.add(zipCase("zip-case-collision", caseCollision.toByteArray(),
                refused("pack.problem.zip.caseCollision")));
        RawZip link = new RawZip();
        files(manifest()).forEach((name, data) -> {
            if (!name.equals(PNG_LAYER)) {
                link.stored(name, data);
            }
        });
        link.link(PNG_LAYER, "/etc/passwd");
        cases.add(zipCase("zip-entry-symlink", link.toByteArray(),
                refused("pack.problem.path.link", "pack.problem.image.notImage")));
        byte[] nested = zip(Map.of("Unduhan/paket-resmi.zip", validZip()));
        cases.add(zipCase("zip-inside-zip", nested, refused("pack.problem.zip.nested")));
        Map<String, byte[]> layerIsZip = files(manifest());
        layerIsZip.put(PNG_LAYER, validZip());
        cases.add(zipCase("zip-layer-is-a-zip", zip(layerIsZip), refused("pack.problem.image.notImage")));
        byte[] valid = validZip();
        cases.add(zipCase("zip-truncated", java.util.Arrays.copyOf(valid, valid.length / 2),
                refused("pack.problem.zip.broken")));
        cases.add(zipCase("zip-empty", Bytes.littleEndian().u32(0x06054b50L).raw(new byte[18]).toByteArray(),
                refused("pack.problem.zip.broken", "pack.problem.manifest.missingInZip")));
        Map<String, byte[]> two = new LinkedHashMap<>();
        files(manifest()).forEach((name, data) -> two.put("a/" + name, data));
        files(manifest()).forEach((name, data) -> two.put("b/" + name, data));
        cases.add(zipCase("zip-two-packs", zip(two), refused("pack.problem.manifest.missingInZip")));
    }

    private static void zipBombs(List<HostileCase> cases) {
        RawZip many = new RawZip();
        files(manifest()).forEach(many::stored);
        for (int i = 0; i < 5_000; i++) {
            many.stored("isi/" + i, new byte[0]);
        }
        cases.add(zipCase("zip-5000-entries", many.toByteArray(), refused("pack.problem.zip.tooManyEntries")));
        long gigabyte = 1L << 30;
        byte[] kernel = Bytes.rawDeflateZeros(gigabyte);
        long crc = RawZip.crcOfZeros(gigabyte);
        RawZip honest = new RawZip();
        files(manifest()).forEach((name, data) -> {
            if (!name.equals(PNG_LAYER)) {
                honest.stored(name, data);
            }
        });
        honest.deflated(PNG_LAYER, kernel, crc, gigabyte);
        cases.add(zipCase("zip-bomb-1gb-layer", honest.toByteArray(),
                refused("pack.problem.zip.ratio", "pack.problem.file.tooBig")));
        RawZip liar = new RawZip();
        files(manifest()).forEach((name, data) -> {
            if (!name.equals(PNG_LAYER)) {
                liar.stored(name, data);
            }
        });
        liar.deflated(PNG_LAYER, kernel, crc, 1000);
        cases.add(zipCase("zip-bomb-lying-size", liar.toByteArray(),
                refused("pack.problem.zip.ratio", "pack.problem.file.tooBig")));
        // 150 layers naming 150 entries that all share one 10 MB kernel: each alone passes the per-file cap.
        byte[] small = Bytes.rawDeflateZeros(10L << 20);
        JsonObject manifest = manifest();
        JsonArray layers = new JsonArray();
        for (int i = 0; i < 150; i++) {
            JsonObject layer = new JsonObject();
            layer.addProperty("type", "image");
            layer.addProperty("file", "isi/" + i + ".png");
            layer.addProperty("x", 0);
            layer.addProperty("y", 0);
            layer.addProperty("width", 10);
            layer.addProperty("height", 10);
            layers.add(layer);
        }
        manifest.getAsJsonArray("frames").get(0).getAsJsonObject().add("layers", layers);
        RawZip overlapping = new RawZip();
        overlapping.stored("manifest.json", Bytes.utf8(manifest.toString()));
        overlapping.deflated("isi/0.png", small, RawZip.crcOfZeros(10L << 20), 10L << 20);
        for (int i = 1; i < 150; i++) {
            overlapping.alias("isi/" + i + ".png");
        }
        cases.add(zipCase("zip-bomb-overlapping-entries", overlapping.toByteArray(),
                refused("pack.problem.zip.ratio", "pack.problem.pack.tooBig")));
    }

    // --- folders ---

    private static void folders(List<HostileCase> cases) {
        cases.add(folderCase("folder-valid", files(manifest()), opens()));
        cases.add(packFolder("folder-named-with-emoji-and-nfd",
                Normalizer.normalize("Bingkai 😀 Dinas Pendidikan – Désa", Normalizer.Form.NFD), files(manifest()),
                java.util.Optional.empty(), opens()));
        cases.add(HostileCase.pack("folder-layer-links-outside", dir -> {
            Path root = writeFolder(dir.resolve("paket"), files(manifest()));
            Files.delete(root.resolve(PNG_LAYER));
            Files.createSymbolicLink(root.resolve(PNG_LAYER), Path.of("/etc/passwd"));
            return root;
        }, refused("pack.problem.path.link")));
        cases.add(HostileCase.pack("folder-layer-folder-links-outside", dir -> {
            Map<String, byte[]> files = files(with("frames[0].layers[0].file", new JsonPrimitive("luar/passwd")));
            Path root = writeFolder(dir.resolve("paket"), files);
            Files.createSymbolicLink(root.resolve("luar"), Path.of("/etc"));
            return root;
        }, refused("pack.problem.path.link")));
        cases.add(HostileCase.pack("folder-layer-is-fifo", dir -> {
            Path root = writeFolder(dir.resolve("paket"), files(manifest()));
            Files.delete(root.resolve(PNG_LAYER));
            Process mkfifo = new ProcessBuilder("mkfifo", root.resolve(PNG_LAYER).toString()).start();
            try {
                mkfifo.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return root;
        }, refused("pack.problem.file.notFile")));
        cases.add(HostileCase.pack("folder-layer-is-folder", dir -> {
            Path root = writeFolder(dir.resolve("paket"), files(manifest()));
            Files.delete(root.resolve(PNG_LAYER));
            Files.createDirectory(root.resolve(PNG_LAYER));
            return root;
        }, refused("pack.problem.file.notFile")));
        cases.add(folderCase("folder-layer-name-differs-in-case",
                files(with("frames[0].layers[0].file", new JsonPrimitive("Layers/Hiasan.PNG"))),
                refused("pack.problem.file.case", "pack.problem.file.missing")));
        cases.add(HostileCase.pack("folder-manifest-given-directly", dir ->
                writeFolder(dir.resolve("paket"), files(manifest())).resolve("manifest.json"), opens()));
        cases.add(HostileCase.pack("folder-empty", dir -> Files.createDirectory(dir.resolve("kosong")),
                refused("pack.problem.manifest.missing")));
        cases.add(HostileCase.pack("pack-missing", dir -> dir.resolve("tidak-ada.zip"),
                refused("pack.error.missing")));
        cases.add(packFile("pack-is-text", "paket.zip", Bytes.utf8("bukan zip"), refused("pack.error.notAPack")));
    }

    static Path writeFolder(Path root, Map<String, byte[]> files) throws java.io.IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return root;
    }

    // --- manifest text ---

    private static void manifestText(List<HostileCase> cases) {
        String text = manifest().toString();
        cases.add(manifestCase("manifest-utf8-bom", Bytes.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Bytes.utf8(text)), opens()));
        cases.add(manifestCase("manifest-utf16le-bom", Bytes.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)), refused("pack.problem.text.utf16")));
        cases.add(manifestCase("manifest-utf16be-bom", text.getBytes(StandardCharsets.UTF_16),
                refused("pack.problem.text.utf16")));
        cases.add(manifestCase("manifest-utf16le-no-bom", text.getBytes(StandardCharsets.UTF_16LE),
                refused("pack.problem.text.utf16")));
        String legacy = with("name", new JsonPrimitive("Kementerian – Désa “Netral”")).toString();
        cases.add(manifestCase("manifest-cp1252", legacy.getBytes(Charset.forName("windows-1252")),
                refused("pack.problem.text.notUtf8")));
        cases.add(manifestCase("manifest-nan", Bytes.utf8(text.replace("\"width\":1080", "\"width\":NaN")),
                refused("json.problem.nonFinite")));
        cases.add(manifestCase("manifest-infinity", Bytes.utf8(text.replace("\"x\":880", "\"x\":-Infinity")),
                refused("json.problem.nonFinite")));
        cases.add(manifestCase("manifest-comment", Bytes.utf8("// paket\n" + text), refused("json.problem.comment")));
        cases.add(manifestCase("manifest-trailing-garbage", Bytes.utf8(text + "\n}{\"lagi\":1}"),
                refused("json.problem.trailing")));
        cases.add(manifestCase("manifest-single-quotes", Bytes.utf8(text.replace("\"id\":\"uji-bahaya\"",
                "'id':'uji-bahaya'")), refused("json.problem.syntax")));
        cases.add(manifestCase("manifest-truncated", Bytes.utf8(text.substring(0, text.length() / 2)),
                refused("json.problem.truncated")));
        cases.add(manifestCase("manifest-empty", new byte[0],
                refused("json.problem.truncated", "json.problem.notObject")));
        cases.add(manifestCase("manifest-not-an-object", Bytes.utf8("[1, 2, 3]"),
                refused("json.problem.notObject")));
        cases.add(manifestCase("manifest-nested-100000-arrays", Bytes.utf8("{\"a\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}"), refused("json.problem.tooDeep")));
        cases.add(manifestCase("manifest-nested-10000-objects", Bytes.utf8("{\"a\":".repeat(10_000) + "1"
                + "}".repeat(10_000)), refused("json.problem.tooDeep")));
        cases.add(manifestCase("manifest-2-mb", Bytes.utf8(text.replace("\"schema\":1",
                "\"schema\":1" + " ".repeat(2 << 20))), refused("pack.problem.file.tooBig")));
        cases.add(manifestCase("manifest-number-of-300000-digits", Bytes.utf8(text.replace("\"x\":880",
                "\"x\":1" + "0".repeat(300_000))), refused("json.problem.numberTooLong")));
        cases.add(manifestCase("manifest-exponent-1e999999999", Bytes.utf8(text.replace("\"x\":880",
                "\"x\":1e999999999")), refused("pack.problem.number.tooLarge", "pack.problem.bounds.far")));
        cases.add(manifestCase("manifest-duplicate-key", Bytes.utf8(text.replace("\"schema\":1",
                "\"schema\":1,\"schema\":2")), refused("json.problem.duplicateKey")));
        cases.add(manifestCase("manifest-null-name", with("name", com.google.gson.JsonNull.INSTANCE),
                refused("pack.problem.localized")));
        cases.add(manifestCase("manifest-binary-garbage", java.util.Arrays.copyOf(ImageFiles.encode(Pictures.noise(8, 8,
                1), "png"), 200), refused("pack.problem.text.utf16", "pack.problem.text.notUtf8")));
    }

    // --- manifest values ---

    private static void manifestValues(List<HostileCase> cases) {
        cases.add(manifestCase("manifest-newer-schema", with("schema", new JsonPrimitive(2)),
                refused("pack.problem.schema.newer")));
        cases.add(manifestCase("manifest-schema-999999", with("schema", new JsonPrimitive(999_999)),
                refused("pack.problem.schema.newer")));
        cases.add(manifestCase("manifest-schema-as-text", with("schema", new JsonPrimitive("1")),
                refused("pack.problem.schema.invalid")));
        JsonObject noSchema = manifest();
        noSchema.remove("schema");
        cases.add(manifestCase("manifest-schema-missing", noSchema, refused("pack.problem.required")));
        cases.add(manifestCase("manifest-negative-canvas", with("frames[0].width", new JsonPrimitive(-1080)),
                refused("pack.problem.range")));
        cases.add(manifestCase("manifest-canvas-2-billion", with("frames[0].height", new JsonPrimitive(2_000_000_000)),
                refused("pack.problem.range")));
        cases.add(manifestCase("manifest-negative-slot", with("frames[0].slots[0].width", new JsonPrimitive(-5)),
                refused("pack.problem.positive")));
        cases.add(manifestCase("manifest-coordinate-1e308", with("frames[0].layers[0].x", new JsonPrimitive(1e308)),
                refused("pack.problem.bounds.far")));
        cases.add(manifestCase("manifest-slot-1e-300-wide",
                with("frames[0].slots[0].width", new JsonPrimitive(1e-300)), opensOr("pack.problem.invalid")));
        cases.add(manifestCase("manifest-text-size-1e300", with("frames[0].layers[2].size", new JsonPrimitive(1e300)),
                refused("pack.problem.rangeDecimal")));
        cases.add(manifestCase("manifest-text-size-1e-300",
                with("frames[0].layers[2].size", new JsonPrimitive(1e-300)), opensOr("pack.problem.range")));
        JsonObject radius = manifest();
        radius.getAsJsonArray("frames").get(0).getAsJsonObject().getAsJsonArray("slots").get(0).getAsJsonObject()
                .addProperty("radius", 1e300);
        cases.add(manifestCase("manifest-radius-1e300", radius, opensOr("pack.problem.range")));
        JsonObject stroke = manifest();
        JsonObject shape = JsonParser.parseString("""
                { "type": "shape", "shape": "ellipse", "x": 10, "y": 10, "width": 100, "height": 100,
                  "stroke": { "color": "#EC5425", "width": 1e300 } }""").getAsJsonObject();
        stroke.getAsJsonArray("frames").get(0).getAsJsonObject().getAsJsonArray("layers").add(shape);
        cases.add(manifestCase("manifest-stroke-1e300", stroke, opensOr("pack.problem.range")));
        cases.add(manifestCase("manifest-missing-layer-file",
                with("frames[0].layers[0].file", new JsonPrimitive("layers/tidak-ada.png")),
                refused("pack.problem.file.missing")));
        String[][] paths = {
            {"manifest-path-leaves-pack", "../../../etc/passwd", "pack.problem.path.parent"},
            {"manifest-path-absolute", "/etc/passwd", "pack.problem.path.absolute"},
            {"manifest-path-http-url", "http://127.0.0.1:9/x.png", "pack.problem.path.colon"},
            {"manifest-path-file-url", "file:///etc/passwd", "pack.problem.path.colon"},
            {"manifest-path-unc", "\\\\server\\share\\x.png", "pack.problem.path.backslash"},
            {"manifest-path-drive", "C:/Windows/win.ini", "pack.problem.path.drive"},
            {"manifest-path-reserved", "layers/nul.png", "pack.problem.path.reserved"},
        };
        for (String[] path : paths) {
            cases.add(manifestCase(path[0], with("frames[0].layers[0].file", new JsonPrimitive(path[1])),
                    refused(path[2])));
        }
        JsonObject manyFrames = manifest();
        JsonArray frames = manyFrames.getAsJsonArray("frames");
        for (int i = 1; i <= 250; i++) {
            JsonObject copy = frames.get(0).getAsJsonObject().deepCopy();
            copy.addProperty("id", "bingkai-" + i);
            frames.add(copy);
        }
        cases.add(manifestCase("manifest-251-frames", manyFrames, refused("pack.problem.tooMany")));
        JsonObject manyLayers = manifest();
        JsonArray layers = manyLayers.getAsJsonArray("frames").get(0).getAsJsonObject().getAsJsonArray("layers");
        for (int i = 0; i < 10_000; i++) {
            layers.add(layers.get(2).deepCopy());
        }
        cases.add(manifestCase("manifest-10000-layers", manyLayers, refused("pack.problem.tooMany")));
        cases.add(manifestCase("manifest-id-with-control-characters", with("id", new JsonPrimitive("uji\u0000\u001b[31m")),
                refused("pack.problem.id.pattern")));
        cases.add(manifestCase("manifest-text-of-300000-characters",
                with("frames[0].layers[2].text", new JsonPrimitive("Netral ".repeat(40_000) + "{tag}")),
                refused("pack.problem.text.tooLong")));
    }

    // --- SVG layers ---

    static final String SVG_OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"100\" height=\"50\">";

    private static void svgLayers(List<HostileCase> cases) {
        String entity = "pack.problem.svg.entity";
        String external = "pack.problem.svg.external";
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY a \"haha\">\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY ").append((char) ('a' + i)).append(" \"")
                    .append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n").append(SVG_OPEN).append("<text>&j;</text></svg>");
        cases.add(folderCase("svg-billion-laughs", withSvg(laughs.toString()), refused(entity)));
        cases.add(folderCase("svg-external-entity", withSvg("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>" + SVG_OPEN + "<text>&x;</text></svg>"), refused(entity)));
        cases.add(folderCase("svg-doctype-system-url", withSvg("<?xml version=\"1.0\"?><!DOCTYPE svg SYSTEM "
                + "\"http://127.0.0.1:9/svg.dtd\">" + SVG_OPEN + "<rect width=\"10\" height=\"10\"/></svg>"),
                opensOr(entity, "pack.problem.svg.broken")));
        String[][] hrefs = {
            {"svg-image-file-url", "<image href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/>"},
            {"svg-image-http-url", "<image xlink:href=\"http://127.0.0.1:9/a.png\" width=\"10\" height=\"10\"/>"},
            {"svg-image-jar-url", "<image href=\"jar:file:///tmp/x.jar!/a.png\" width=\"10\" height=\"10\"/>"},
            {"svg-image-unc-path", "<image href=\"\\\\server\\share\\a.png\" width=\"10\" height=\"10\"/>"},
            {"svg-image-relative-path", "<image href=\"../../foto.png\" width=\"10\" height=\"10\"/>"},
            {"svg-use-other-file", "<use href=\"lain.svg#logo\"/>"},
            {"svg-style-import", "<style>@import url(http://127.0.0.1:9/a.css);</style>"},
            {"svg-font-face", "<style>@font-face { font-family: x; src: url(http://127.0.0.1:9/f.ttf); }</style>"},
            {"svg-fill-external-paint", "<rect width=\"10\" height=\"10\" fill=\"url(http://127.0.0.1:9/p.svg#g)\"/>"},
            {"svg-filter-external", "<rect width=\"10\" height=\"10\" filter=\"url(lain.svg#f)\"/>"},
        };
        for (String[] href : hrefs) {
            cases.add(folderCase(href[0], withSvg(SVG_OPEN + href[1] + "</svg>"), refused(external)));
        }
        cases.add(folderCase("svg-xml-stylesheet", withSvg("<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/css\" "
                + "href=\"http://127.0.0.1:9/a.css\"?>" + SVG_OPEN + "<rect width=\"10\" height=\"10\"/></svg>"),
                opensOr(external)));
        cases.add(folderCase("svg-script", withSvg(SVG_OPEN + "<script>fetch('http://127.0.0.1:9/')</script>"
                + "<rect width=\"10\" height=\"10\" onload=\"alert(1)\"/></svg>"), opensOr("pack.problem.svg.script")));
        cases.add(folderCase("svg-nested-5000-groups", withSvg(SVG_OPEN + "<g>".repeat(5_000)
                + "<rect width=\"10\" height=\"10\"/>" + "</g>".repeat(5_000) + "</svg>"),
                opensOr("pack.problem.svg.broken")));
        StringBuilder fanout = new StringBuilder(SVG_OPEN).append("<defs><rect id=\"u0\" width=\"1\" height=\"1\"/>");
        for (int i = 1; i <= 10; i++) {
            fanout.append("<g id=\"u").append(i).append("\">");
            for (int k = 0; k < 10; k++) {
                fanout.append("<use href=\"#u").append(i - 1).append("\"/>");
            }
            fanout.append("</g>");
        }
        fanout.append("</defs><use href=\"#u10\"/></svg>");
        cases.add(folderCase("svg-use-fan-out-10-billion", withSvg(fanout.toString()),
                opensOr("pack.problem.svg.broken")));
        cases.add(folderCase("svg-canvas-1e9", withSvg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1e9\" "
                + "height=\"1e9\"><rect width=\"1e9\" height=\"1e9\" fill=\"red\"/></svg>"), opens()));
        cases.add(folderCase("svg-blur-radius-1e6", withSvg(SVG_OPEN + "<filter id=\"b\" x=\"-1e6\" y=\"-1e6\" "
                + "width=\"2e6\" height=\"2e6\"><feGaussianBlur stdDeviation=\"1e6\"/></filter>"
                + "<rect width=\"100\" height=\"50\" filter=\"url(#b)\"/></svg>"), refused("pack.problem.svg.filter")));
        cases.add(folderCase("svg-mask-on-huge-element", withSvg(SVG_OPEN + "<mask id=\"m\"><rect width=\"1e7\" "
                + "height=\"1e7\" fill=\"white\"/></mask><rect width=\"1e7\" height=\"1e7\" mask=\"url(#m)\"/></svg>"),
                opensOr("pack.problem.svg.filter")));
        cases.add(folderCase("svg-clip-path-on-huge-element", withSvg(SVG_OPEN + "<clipPath id=\"c\"><circle r=\"1e7\"/>"
                + "</clipPath><rect width=\"1e7\" height=\"1e7\" clip-path=\"url(#c)\" opacity=\"0.5\"/></svg>"),
                opensOr("pack.problem.svg.filter")));
        cases.add(folderCase("svg-pattern-of-tiny-tiles", withSvg(SVG_OPEN + "<pattern id=\"p\" width=\"0.001\" "
                + "height=\"0.001\" patternUnits=\"userSpaceOnUse\"><rect width=\"0.0005\" height=\"0.0005\"/>"
                + "</pattern><rect width=\"100\" height=\"50\" fill=\"url(#p)\"/></svg>"),
                opensOr("pack.problem.svg.filter")));
        cases.add(folderCase("svg-turbulence-octaves", withSvg(SVG_OPEN + "<filter id=\"t\"><feTurbulence "
                + "baseFrequency=\"0.9\" numOctaves=\"100000\"/></filter><rect width=\"100\" height=\"50\" "
                + "filter=\"url(#t)\"/></svg>"), opensOr("pack.problem.svg.filter")));
        cases.add(folderCase("svg-zero-size", withSvg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" "
                + "height=\"0\"/>"), refused("pack.problem.svg.noSize")));
        String bomb = Base64.getEncoder().encodeToString(ImageFiles.pngDeclaring(100_000, 100_000, 2));
        cases.add(folderCase("svg-embedded-png-declares-100000px", withSvg(SVG_OPEN
                + "<image href=\"data:image/png;base64," + bomb + "\" width=\"10\" height=\"10\"/></svg>"),
                refused("image.error.too-large")));
        cases.add(folderCase("svg-embedded-garbage", withSvg(SVG_OPEN
                + "<image href=\"data:image/png;base64,AAAAAAAA\" width=\"10\" height=\"10\"/></svg>"),
                refused("pack.problem.svg.embedded", "image.error.unknown-format", "image.error.damaged")));
        cases.add(folderCase("svg-not-xml", withSvg("<svg <<<>>> &&& "), refused("pack.problem.svg.broken")));
        cases.add(folderCase("svg-9-mb", withSvg(SVG_OPEN + "<!--" + "x".repeat(9 << 20) + "--></svg>"),
                refused("pack.problem.svg.tooBig")));
    }

    // --- twibbon PNGs ---

    private static void twibbons(List<HostileCase> cases) {
        cases.add(packFile("twibbon-with-hole", "twibbon.png", twibbon(200, 200, true), opens()));
        cases.add(packFile("twibbon-without-hole", "twibbon.png", twibbon(200, 200, false),
                refused("pack.problem.twibbon.noHole")));
        cases.add(packFile("twibbon-8px", "twibbon.png", twibbon(8, 8, true), refused("pack.problem.twibbon.size")));
        cases.add(packFile("twibbon-declares-100000px", "twibbon.png", ImageFiles.pngDeclaring(100_000, 100_000, 6),
                refused("image.error.too-large")));
        int w = 20_000;
        int h = 10_000;
        cases.add(packFile("twibbon-inflates-to-800mb", "twibbon.png", Bytes.concat(Bytes.PNG_SIGNATURE,
                Bytes.ihdr(w, h, 8, 6, 0), Bytes.pngChunk("IDAT", Bytes.deflateZeros((4L * w + 1) * h)),
                Bytes.pngChunk("IEND", new byte[0])), refused("image.error.too-large-decoded")));
        cases.add(packFile("twibbon-truncated", "twibbon.png", java.util.Arrays.copyOf(twibbon(200, 200, true), 300),
                refused("image.error.damaged")));
    }

    static byte[] twibbon(int width, int height, boolean hole) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xEC5425));
        g.fillRect(0, 0, width, height);
        if (hole) {
            g.setComposite(java.awt.AlphaComposite.Clear);
            g.fillOval(width / 5, height / 5, width * 3 / 5, height * 3 / 5);
        }
        g.dispose();
        return ImageFiles.encode(image, "png");
    }
}
