// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Pack files built in code: a valid manifest to break one rule at a time, its images and font, folders and zips.
 * Packs as model records (no files) are made by {@link TestFrames}.
 */
public final class TestPacks {
    public static final String EMBLEM_SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">
              <rect x="0" y="0" width="100" height="50" fill="#EC5425"/>
            </svg>
            """;

    private TestPacks() {
    }

    /** A manifest using every feature: two frames, fields, a font, gradients, a mask slot, SVG and PNG layers. */
    public static JsonObject manifest() {
        return JsonParser.parseString("""
                {
                  "schema": 1,
                  "id": "uji-paket",
                  "name": { "id": "Paket uji", "en": "Test pack" },
                  "version": "2.1",
                  "sample": false,
                  "tag": "#ASNpilihNETRAL",
                  "caption": "Saya netral #ASNpilihNETRAL",
                  "fonts": ["fonts/Inter-Bold.otf"],
                  "fields": [
                    { "key": "nama", "label": { "id": "Nama", "en": "Name" }, "default": "Budi", "maxLength": 40 },
                    { "key": "unit", "label": "Unit kerja" },
                    { "key": "nip", "label": "NIP", "maxLength": 18 }
                  ],
                  "frames": [
                    {
                      "id": "lingkaran",
                      "name": "Lingkaran",
                      "kind": "profile",
                      "width": 1080, "height": 1080,
                      "background": "#FFFFFF",
                      "photoAboveAllowed": true,
                      "slots": [
                        { "id": "foto", "shape": "ellipse", "x": 140, "y": 100, "width": 800, "height": 800 },
                        { "id": "kedua", "shape": "mask", "x": 0, "y": 0, "width": 200, "height": 200,
                          "mask": "masks/round.png" }
                      ],
                      "layers": [
                        { "type": "shape", "shape": "rect", "x": 0, "y": 0, "width": 1080, "height": 1080,
                          "radius": 24, "position": "below",
                          "fill": { "angle": 90, "stops": [[0, "#EC5425"], [0.5, "#FAB92C80"], [1, "#FAB92C"]] } },
                        { "type": "image", "id": "emblem", "file": "layers/emblem.svg", "x": 860, "y": 40,
                          "width": 180, "height": 90, "role": "logo" },
                        { "type": "image", "file": "layers/ornament.png", "x": 0, "y": 900, "width": 1080,
                          "height": 180, "opacity": 0.5 },
                        { "type": "text", "text": "{nama} - {unit}", "x": 90, "y": 940, "width": 900, "height": 90,
                          "font": "Inter", "weight": 700, "size": 48, "color": "#FFFFFFCC", "align": "left",
                          "uppercase": true, "letterSpacing": 0.05 },
                        { "type": "text", "text": "{tag}", "role": "tag", "x": 90, "y": 980, "width": 900,
                          "height": 90, "size": 72, "fill": { "stops": [[0, "#000000"], [1, "#FFFFFF"]] } },
                        { "type": "shape", "shape": "ellipse", "x": 140, "y": 100, "width": 800, "height": 800,
                          "stroke": { "color": "#EC5425", "width": 8 } }
                      ]
                    },
                    {
                      "id": "status",
                      "name": { "id": "Status", "en": "Status" },
                      "kind": "status",
                      "width": 1080, "height": 1920,
                      "slots": [ { "id": "foto", "shape": "rect", "x": 90, "y": 400, "width": 900, "height": 900,
                                   "radius": 30 } ],
                      "layers": [
                        { "type": "text", "text": "{nip}", "x": 90, "y": 1400, "width": 900, "height": 90, "size": 40 }
                      ]
                    }
                  ]
                }
                """).getAsJsonObject();
    }

    /** The files {@link #manifest()} names, besides the manifest itself. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("fonts/Inter-Bold.otf", resource("id/bingkai/core/fonts/Inter-Bold.otf"));
        files.put("masks/round.png", png(Pictures.circleMask(64)));
        files.put("layers/emblem.svg", EMBLEM_SVG.getBytes(StandardCharsets.UTF_8));
        files.put("layers/ornament.png", png(Pictures.solid(60, 10, Color.ORANGE)));
        return files;
    }

    public static Map<String, byte[]> pack(JsonObject manifest) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("manifest.json", manifest.toString().getBytes(StandardCharsets.UTF_8));
        all.putAll(files());
        return all;
    }

    public static Path writeFolder(Path folder, Map<String, byte[]> files) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] resource(String name) {
        try (InputStream in = TestPacks.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(BufferedImage image) {
        return ImageFiles.encode(image, "png");
    }

    private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

    /** Sets (or with {@code null} removes) the value at a path such as {@code frames[0].layers[2].file}. */
    public static JsonObject with(JsonObject manifest, String path, JsonElement value) {
        JsonObject copy = manifest.deepCopy();
        Matcher m = STEP.matcher(path);
        JsonElement parent = null;
        Object key = null;
        JsonElement current = copy;
        while (m.find()) {
            parent = current;
            key = m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2));
            current = key instanceof String s ? current.getAsJsonObject().get(s)
                    : current.getAsJsonArray().size() > (Integer) key ? current.getAsJsonArray().get((Integer) key)
                    : null;
        }
        if (parent instanceof JsonObject object) {
            if (value == null) {
                object.remove((String) key);
            } else {
                object.add((String) key, value);
            }
        } else if (parent instanceof JsonArray array) {
            int index = (Integer) key;
            if (value == null) {
                array.remove(index);
            } else if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
        }
        return copy;
    }
}
