// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskConfigReaderTest {
    /** Hashing is deliberately slow; one hash serves every test. */
    static String pin;
    @TempDir
    Path dir;

    @BeforeAll
    static void hashOnce() {
        pin = PinHash.hash("2468".toCharArray()).encoded();
    }

    private KioskConfig read(String json) throws IOException {
        Path file = dir.resolve("kiosk.json");
        Files.writeString(file, json.replace("PIN", pin), StandardCharsets.UTF_8);
        return new KioskConfigReader().read(file);
    }

    private List<Problem> problems(String json) {
        try {
            read(json);
        } catch (KioskConfigException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected the config to be refused: " + json);
    }

    @Test
    void theMinimalConfigOfTheIssueWorksWithDefaults() throws IOException {
        KioskConfig config = read("""
                { "source": { "type": "folder", "path": "/home/kiosk/kamera" },
                  "auto": true,
                  "handoff": { "qr": { "address": "192.168.8.10", "port": 8080, "minutes": 10 } },
                  "adminPin": "PIN" }
                """);
        assertThat(config.pack()).isEmpty();
        assertThat(config.frames()).isEmpty();
        assertThat(config.auto()).isTrue();
        assertThat(config.source()).isEqualTo(new SourceConfig.Folder(Path.of("/home/kiosk/kamera"), Optional.empty()));
        assertThat(config.handoff().qr().orElseThrow().server())
                .isEqualTo(new HandoffConfig.Server("192.168.8.10", 8080));
        assertThat(config.handoff().qr().orElseThrow().minutes()).isEqualTo(10);
        assertThat(config.handoff().print()).isEmpty();
        assertThat(config.adminPin().matches("2468".toCharArray())).isTrue();
        assertThat(config.idle()).isEqualTo(IdleConfig.DEFAULT);
        assertThat(config.language()).isEqualTo(KioskConfig.Language.ID);
        assertThat(config.orientation()).as("follows the screen").isEqualTo(KioskConfig.Orientation.AUTO);
        assertThat(config.rotation()).isEqualTo(90);
        assertThat(config.server()).contains(new HandoffConfig.Server("192.168.8.10", 8080));
    }

    @Test
    void aFullConfigReadsEveryFieldAndResolvesRelativePathsAgainstTheConfigFolder() throws IOException {
        KioskConfig config = read("""
                { "pack": "paket/resmi.zip", "frames": ["lingkaran", "story"],
                  "source": { "type": "webcam", "device": "C920", "countdown": 5 },
                  "handoff": {
                    "qr": { "address": "10.0.0.2", "port": 8443, "minutes": 15,
                            "wifi": { "ssid": "Bingkai", "password": "netral2024", "security": "WPA" } },
                    "print": { "queue": "Selphy_CP1500", "copiesPerVisitor": 2, "copiesPerEvent": 300 },
                    "usb": { "folder": "usb" } },
                  "adminPin": "PIN",
                  "idle": { "screen": 45, "handoff": 90, "countdown": 5 },
                  "language": "en", "orientation": "portrait" }
                """);
        assertThat(config.pack()).contains(dir.resolve("paket/resmi.zip"));
        assertThat(config.frames()).containsExactly("lingkaran", "story");
        assertThat(config.source()).isEqualTo(new SourceConfig.Webcam(Optional.of("C920"), 5));
        assertThat(config.handoff().qr().orElseThrow().wifi())
                .contains(new HandoffConfig.Wifi("Bingkai", "netral2024", "WPA"));
        assertThat(config.handoff().print())
                .contains(new HandoffConfig.Print(Optional.of("Selphy_CP1500"), 2, 300));
        assertThat(config.handoff().usb()).contains(new HandoffConfig.Usb(dir.resolve("usb")));
        assertThat(config.idle()).isEqualTo(new IdleConfig(45, 90, 5));
        assertThat(config.language()).isEqualTo(KioskConfig.Language.EN);
        assertThat(config.orientation()).isEqualTo(KioskConfig.Orientation.PORTRAIT);
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsJsonPath() {
        List<Problem> problems = problems("""
                { "sourc": { "type": "folder", "path": "/x" },
                  "auto": "yes",
                  "handoff": { "qr": { "address": "0.0.0.0", "port": 80, "minutes": 0 },
                               "print": { "copiesPerVisitor": 3, "copiesPerEvent": 2 } },
                  "adminPin": "1234",
                  "language": "jv" }
                """);
        assertThat(problems).extracting(Problem::field).containsExactlyInAnyOrder("sourc", "source", "auto",
                "handoff.qr.address", "handoff.qr.port", "handoff.qr.minutes", "handoff.print.copiesPerEvent",
                "adminPin", "language");
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("kiosk.json"));
    }

    @Test
    void unknownFieldsAreRefusedAtEveryLevel() {
        assertThat(problems("""
                { "source": { "type": "folder", "path": "/x", "paht": "/y" },
                  "handoff": { "usb": { "folder": "/u", "label": "x" }, "email": {} },
                  "adminPin": "PIN", "theme": "dark" }
                """)).extracting(Problem::field)
                .containsExactlyInAnyOrder("source.paht", "handoff.usb.label", "handoff.email", "theme");
    }

    @Test
    void fieldsOfAnotherSourceTypeAreUnknown() {
        assertThat(problems("""
                { "source": { "type": "phone", "path": "/x" }, "handoff": { "qr": { "address": "10.0.0.2",
                  "port": 8080, "minutes": 5 } }, "adminPin": "PIN" }
                """)).extracting(Problem::field).containsExactly("source.path");
    }

    @Test
    void aPhoneSourceWithoutAnyServerAddressIsRefused() {
        assertThat(problems("""
                { "source": { "type": "phone" }, "handoff": { "usb": { "folder": "/u" } }, "adminPin": "PIN" }
                """)).extracting(p -> p.reason().key()).containsExactly("kiosk.config.phoneNeedsAddress");
    }

    @Test
    void aPhoneSourceUsesItsOwnAddressWhenThereIsNoQrHandoff() throws IOException {
        KioskConfig config = read("""
                { "source": { "type": "phone", "address": "::1", "port": 9000 },
                  "handoff": { "usb": { "folder": "/u" } }, "adminPin": "PIN" }
                """);
        assertThat(config.server()).contains(new HandoffConfig.Server("::1", 9000));
    }

    @Test
    void jsonMistakesAreNamed() {
        assertThat(problems("{ \"source\": 1, }")).extracting(p -> p.reason().key())
                .containsExactly("json.problem.syntax");
        assertThat(problems("{ \"adminPin\": \"PIN\", \"adminPin\": \"PIN\" ")).extracting(p -> p.reason().key())
                .contains("json.problem.truncated");
        assertThat(problems("[]")).extracting(p -> p.reason().key()).containsExactly("json.problem.notObject");
        assertThat(problems("{} {}")).extracting(p -> p.reason().key()).containsExactly("json.problem.trailing");
        assertThat(problems("{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":1}}}}}}}}}"))
                .extracting(p -> p.reason().key()).containsExactly("json.problem.tooDeep");
    }

    @Test
    void theSharedStrictReaderNamesEveryKindOfJsonMistakeWithItsPlace() {
        Problem comment = problems("{ \"auto\": true, // an organiser's note\n \"x\": 1 }").getFirst();
        assertThat(comment.reason().key()).isEqualTo("json.problem.comment");
        assertThat(comment.reason().args()).containsExactly(1, 18);
        Problem trailing = problems("{}\n{}").getFirst();
        assertThat(trailing.reason().key()).isEqualTo("json.problem.trailing");
        assertThat(trailing.reason().args()).containsExactly(2, 2);
        assertThat(problems("{ \"idle\": { \"screen\": " + "9".repeat(5_000) + " } }"))
                .extracting(p -> p.reason().key()).containsExactly("json.problem.numberTooLong");
        assertThat(problems("{ \"idle\": { \"screen\": NaN } }"))
                .extracting(p -> p.reason().key()).containsExactly("json.problem.nonFinite");
        assertThat(problems("{ \"source\": { \"type\": \"fold")).extracting(p -> p.reason().key())
                .containsExactly("json.problem.truncated");
        assertThat(problems("{}\n{}")).allSatisfy(p -> assertThat(p.file()).isEqualTo("kiosk.json"));
        for (Locale locale : List.of(Locale.ENGLISH, Messages.INDONESIAN)) {
            String text = new Messages(locale).format(comment.reason());
            assertThat(text).contains("JSON").contains("18").doesNotContain("manifest.json");
        }
    }

    @Test
    void anUnknownFieldNamesTheClosestKnownOneOrElseTheKnownFields() {
        List<Problem> found = problems("""
                { "sourc": { "type": "folder", "path": "/x" }, "theme": "dark",
                  "handoff": { "usb": { "folder": "/u" } }, "adminPin": "PIN" }
                """);
        assertThat(found).extracting(Problem::field, p -> p.reason().key()).contains(
                org.assertj.core.groups.Tuple.tuple("sourc", "json.problem.unknownFieldNear"),
                org.assertj.core.groups.Tuple.tuple("theme", "json.problem.unknownField"));
        Problem theme = found.stream().filter(p -> p.field().equals("theme")).findFirst().orElseThrow();
        assertThat(new Messages(Locale.ENGLISH).format(theme.reason())).contains("orientation", "adminPin");
    }

    @Test
    void aFixedOrientationTakesTheWayThePictureIsTurned() throws IOException {
        String base = """
                { "source": { "type": "folder", "path": "/x" }, "handoff": { "usb": { "folder": "/u" } },
                  "adminPin": "PIN", %s }
                """;
        KioskConfig standing = read(base.formatted("\"orientation\": \"portrait\", \"rotation\": 270"));
        assertThat(standing.orientation()).isEqualTo(KioskConfig.Orientation.PORTRAIT);
        assertThat(standing.rotation()).isEqualTo(270);
        assertThat(read(base.formatted("\"orientation\": \"landscape\"")).rotation()).isEqualTo(90);
        assertThat(problems(base.formatted("\"orientation\": \"portrait\", \"rotation\": 180")))
                .extracting(Problem::field, p -> p.reason().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rotation", "kiosk.config.rotation"));
        assertThat(problems(base.formatted("\"rotation\": 90"))).extracting(p -> p.reason().key())
                .containsExactly("kiosk.config.rotationWithoutOrientation");
        assertThat(problems(base.formatted("\"orientation\": \"sideways\""))).extracting(p -> p.reason().key())
                .containsExactly("pack.problem.choice");
    }

    @Test
    void aDuplicateKeyIsAProblemRatherThanTheLastOneWinning() {
        assertThat(problems("""
                { "source": { "type": "folder", "path": "/x" }, "auto": true, "auto": false,
                  "handoff": { "usb": { "folder": "/u" } }, "adminPin": "PIN" }
                """)).extracting(Problem::field, p -> p.reason().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("auto", "json.problem.duplicateKey"));
    }

    @Test
    void aClearPinIsRefusedWithAHintToHashIt() {
        List<Problem> problems = problems("""
                { "source": { "type": "folder", "path": "/x" }, "handoff": { "usb": { "folder": "/u" } },
                  "adminPin": "123456" }
                """);
        assertThat(new Messages(Locale.ENGLISH).format(problems.getFirst().reason())).contains("--hash-pin");
        assertThat(new Messages(Messages.INDONESIAN).format(problems.getFirst().reason())).contains("--hash-pin");
    }

    @Test
    void theArchiveMayNotBeInsideTheHotFolder() {
        assertThat(problems("""
                { "source": { "type": "folder", "path": "/x", "archive": "/x/arsip" },
                  "handoff": { "usb": { "folder": "/u" } }, "adminPin": "PIN" }
                """)).extracting(Problem::field).containsExactly("source.archive");
    }

    @Test
    void aWifiPasswordTooShortForWpaIsRefused() {
        assertThat(problems("""
                { "source": { "type": "folder", "path": "/x" }, "adminPin": "PIN",
                  "handoff": { "qr": { "address": "10.0.0.2", "port": 8080, "minutes": 5,
                    "wifi": { "ssid": "x", "password": "short" } } } }
                """)).extracting(Problem::field).containsExactly("handoff.qr.wifi.password");
    }

    @Test
    void aMissingFileAFolderAndNonUtf8TextAreBadInputNamingTheFile() throws IOException {
        KioskConfigReader reader = new KioskConfigReader();
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.json"))).isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).file()).isEqualTo(dir.resolve("missing.json"));
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(BadInputException.class);
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        assertThatThrownBy(() -> reader.read(latin1)).isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).reason().key()).isEqualTo("kiosk.config.error.notUtf8");
    }

    @Test
    void everyProblemReadsInBothLanguagesWithoutMissingKeys() {
        List<Problem> problems = problems("""
                { "source": { "type": "webcam", "countdown": 99, "device": "" }, "frames": ["a", "a", 3],
                  "handoff": { "qr": { "address": "kiosk.local", "port": 8080.5, "minutes": 5 },
                               "print": { "queue": "bad queue" } },
                  "adminPin": "PIN", "idle": { "screen": 20, "countdown": 30 } }
                """);
        assertThat(problems).hasSizeGreaterThanOrEqualTo(7);
        for (Locale locale : List.of(Locale.ENGLISH, Messages.INDONESIAN)) {
            Messages messages = new Messages(locale);
            assertThat(problems).allSatisfy(p -> assertThat(messages.format(p.reason())).doesNotContain("!"));
        }
    }
}
