// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import id.bingkai.core.error.Problem;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.testing.TestPacks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The smallest pack to break one rule in: one 100 x 100 profile frame with one rectangular slot and no files, so
 * that a rule's test reads JSON only (no font, no SVG). Values are set at paths as in {@link TestPacks#with}.
 */
final class MiniPacks {
    static final String MANIFEST = """
            {"schema": 1, "id": "mini", "name": "Mini",
             "fields": [{"key": "nama", "label": "Nama"}],
             "frames": [{"id": "f", "name": "F", "kind": "profile", "width": 100, "height": 100,
                         "slots": [{"id": "foto", "shape": "rect", "x": 0, "y": 0, "width": 100, "height": 100}],
                         "layers": []}]}""";

    private final Path dir;
    private final AtomicInteger count = new AtomicInteger();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    MiniPacks(Path dir) {
        this.dir = dir;
    }

    /** A file the manifest may name. */
    MiniPacks file(String name, byte[] bytes) {
        files.put(name, bytes);
        return this;
    }

    static JsonObject manifest(String... pathsAndValues) {
        JsonObject manifest = JsonParser.parseString(MANIFEST).getAsJsonObject();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            String value = pathsAndValues[i + 1];
            JsonElement json = value == null ? null : JsonParser.parseString(value);
            manifest = TestPacks.with(manifest, pathsAndValues[i], json);
        }
        return manifest;
    }

    /** Writes the manifest (with the files) to a new folder. */
    Path write(JsonObject manifest) {
        Map<String, byte[]> all = new LinkedHashMap<>(files);
        all.put("manifest.json", manifest.toString().getBytes(StandardCharsets.UTF_8));
        return TestPacks.writeFolder(dir.resolve("mini" + count.incrementAndGet()), all);
    }

    List<Problem> lint(String... pathsAndValues) {
        return PackLoaders.loader().lint(write(manifest(pathsAndValues)));
    }

    FramePack load(String... pathsAndValues) {
        return PackLoaders.loader().load(write(manifest(pathsAndValues)));
    }

    Frame frame(String... pathsAndValues) {
        return load(pathsAndValues).frames().getFirst();
    }

    /** The first layer of the frame, after setting {@code frames[0].layers[0]} to {@code layer}. */
    Layer layer(String layer) {
        return frame("frames[0].layers[0]", layer).layers().getFirst();
    }

    List<Problem> lintLayer(String layer) {
        return lint("frames[0].layers[0]", layer);
    }
}
