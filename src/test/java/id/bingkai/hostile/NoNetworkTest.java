// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import id.bingkai.cli.BingkaiCli;
import id.bingkai.cli.Console;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import id.bingkai.wiring.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listener on a loopback port, and inputs that point at it from every place a reference can hide: SVG links,
 * stylesheets and DTDs, XMP and EXIF in photos, manifest paths, zip entry names, project files. Reading, linting and rendering
 * all of them must never connect.
 */
class NoNetworkTest {
    @TempDir
    Path dir;

    private ServerSocket server;
    private Thread listener;
    private final List<String> connections = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listener = Thread.ofPlatform().daemon().start(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connections.add(socket.toString());
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    connections.add(e.toString());
                }
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        listener.join(2_000);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    @Test
    void noInputMakesTheProgramConnectAnywhere() throws Exception {
        ImageLoader images = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());
        PackLoader packs = new PackLoader(images, PackLimits.DEFAULT);
        List<Path> photos = photos();
        List<Path> packFolders = packs();
        for (Path photo : photos) {
            quietly(() -> images.load(photo, 0, 0));
            quietly(() -> images.probe(photo));
        }
        for (Path pack : packFolders) {
            quietly(() -> packs.lint(pack));
        }
        Path good = photos.getFirst();
        for (Path project : projects()) {
            cli("render", "--project", project.toString(), "--width", "200", "--force", "--out",
                    dir.resolve("proyek.png").toString());
        }
        for (Path pack : packFolders) {
            cli("lint", pack.toString());
            cli("render", "--pack", pack.toString(), "--photo", good.toString(), "--width", "200", "--force", "--out",
                    dir.resolve("hasil.png").toString());
        }
        for (Path photo : photos) {
            cli("render", "--photo", photo.toString(), "--width", "200", "--force", "--out",
                    dir.resolve("hasil.jpg").toString());
        }
        Thread.sleep(200); // a connection attempt in flight would have been accepted by now

        assertThat(connections).as("connections to " + url("/")).isEmpty();
    }

    /** Photos whose metadata is full of links to the listener. */
    private List<Path> photos() throws IOException {
        String xmp = "<?xpacket begin=\"\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><!DOCTYPE x SYSTEM \"" + url("/x.dtd")
                + "\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"" + url("/about") + "\" xmlns:xmpMM=\"" + url("/ns/") + "\">"
                + "<xmpMM:DerivedFrom rdf:resource=\"" + url("/asal.jpg") + "\"/></rdf:Description></rdf:RDF>"
                + "</x:xmpmeta><?xpacket end=\"w\"?>";
        byte[] jpeg = ImageFiles.jpeg(Pictures.halves(64, 48));
        byte[] withXmp = Bytes.withSegment(jpeg, Metadata.APP1, Metadata.xmpApp1(xmp));
        byte[] withExif = Bytes.withSegment(withXmp, Metadata.APP1, Tiff.exifPayload(new Tiff.Ifd()
                .ascii(0x010E, url("/deskripsi")).ascii(0x8298, url("/hak-cipta")).shortValue(0x0112, 6)));
        byte[] png = Bytes.withChunksAfterHeader(ImageFiles.encode(Pictures.halves(64, 48), "png"),
                Bytes.pngChunk("iTXt", Bytes.concat(Bytes.latin1("XML:com.adobe.xmp\0\0\0\0\0"), Bytes.utf8(xmp))),
                Bytes.pngChunk("tEXt", Bytes.latin1("Source\0" + url("/sumber"))));
        List<Path> photos = new ArrayList<>();
        photos.add(Files.write(dir.resolve("foto.jpg"), withExif));
        photos.add(Files.write(dir.resolve("foto.png"), png));
        photos.add(Files.write(dir.resolve("tautan.jpg"), Bytes.utf8(url("/foto.jpg"))));
        return photos;
    }

    /** Packs whose manifest or SVG layer refer to the listener. */
    private List<Path> packs() throws IOException {
        List<Path> packs = new ArrayList<>();
        String[] svgBodies = {
            "<image href=\"" + url("/a.png") + "\" width=\"10\" height=\"10\"/>",
            "<image xlink:href=\"" + url("/b.png") + "\" width=\"10\" height=\"10\"/>",
            "<use href=\"" + url("/c.svg#x") + "\"/>",
            "<rect width=\"10\" height=\"10\" fill=\"url(" + url("/d.svg#g") + ")\"/>",
            "<rect width=\"10\" height=\"10\" style=\"fill: url(" + url("/e.svg#g") + ")\"/>",
            "<style>@import url(" + url("/f.css") + "); rect { fill: url(" + url("/g.svg#p") + "); }</style>"
                + "<rect width=\"10\" height=\"10\"/>",
            "<style>@font-face { font-family: X; src: url(" + url("/h.ttf") + "); }</style>"
                + "<text font-family=\"X\">Netral</text>",
            "<a href=\"" + url("/i") + "\"><rect width=\"10\" height=\"10\"/></a>",
        };
        int n = 0;
        for (String body : svgBodies) {
            packs.add(HostilePacks.writeFolder(dir.resolve("svg-" + n++),
                    HostilePacks.withSvg(HostilePacks.SVG_OPEN + body + "</svg>")));
        }
        String doctype = "<?xml version=\"1.0\"?><?xml-stylesheet href=\"" + url("/j.css") + "\"?><!DOCTYPE svg PUBLIC "
                + "\"-//W3C//DTD SVG 1.1//EN\" \"" + url("/k.dtd") + "\">" + HostilePacks.SVG_OPEN
                + "<rect width=\"10\" height=\"10\"/></svg>";
        packs.add(HostilePacks.writeFolder(dir.resolve("svg-dtd"), HostilePacks.withSvg(doctype)));
        Map<String, JsonPrimitive> references = new LinkedHashMap<>();
        references.put("frames[0].layers[0].file", new JsonPrimitive(url("/layer.png")));
        references.put("frames[0].layers[1].file", new JsonPrimitive("//127.0.0.1:" + server.getLocalPort() + "/l.svg"));
        for (Map.Entry<String, JsonPrimitive> reference : references.entrySet()) {
            packs.add(HostilePacks.writeFolder(dir.resolve("manifest-" + n++),
                    HostilePacks.files(HostilePacks.with(reference.getKey(), reference.getValue()))));
        }
        JsonObject withFont = HostilePacks.manifest();
        JsonArray fonts = new JsonArray();
        fonts.add(url("/font.ttf"));
        withFont.add("fonts", fonts);
        withFont.addProperty("$schema", url("/schema.json"));
        packs.add(HostilePacks.writeFolder(dir.resolve("manifest-font"), HostilePacks.files(withFont)));
        Map<String, byte[]> zipEntries = new LinkedHashMap<>(HostilePacks.files(HostilePacks.manifest()));
        zipEntries.put(url("/entri.png"), new byte[] {1});
        Path zip = Files.write(dir.resolve("paket.zip"), HostilePacks.zip(zipEntries));
        packs.add(zip);
        return packs;
    }

    /** Projects whose pack and photo are "elsewhere", on the listener. */
    private List<Path> projects() throws IOException {
        String host = "127.0.0.1:" + server.getLocalPort();
        List<Path> projects = new ArrayList<>();
        String[][] places = {{"//" + host + "/paket.zip", "//" + host + "/foto.jpg"},
            {"\\\\" + host + "\\paket.zip", url("/foto.jpg")}};
        int n = 0;
        for (String[] place : places) {
            JsonObject other = HostileProjects.project(p -> {
                JsonObject pack = p.getAsJsonObject("pack");
                pack.addProperty("id", "paket-lain");
                pack.addProperty("builtIn", false);
                pack.addProperty("origin", place[0]);
            });
            JsonObject photo = HostileProjects.project(p -> {
                p.getAsJsonObject("photo").addProperty("path", place[1]);
                p.getAsJsonObject("photo").addProperty("relative", place[1]);
            });
            projects.add(Files.writeString(dir.resolve("paket-" + n + ".bingkai"), other.toString()));
            projects.add(Files.writeString(dir.resolve("foto-" + n++ + ".bingkai"), photo.toString()));
        }
        return projects;
    }

    private void cli(String... args) {
        new BingkaiCli(Services.create(new Messages(Messages.INDONESIAN)),
                new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), () -> 1).run(args);
    }

    private static void quietly(Runnable read) {
        try {
            read.run();
        } catch (BadInputException refused) {
            // refusing is fine; connecting is not
        }
    }
}
