// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import id.bingkai.core.io.json.JsonFields;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code "handoff"}: {@code qr}, {@code print} and {@code usb}, at least one of them. */
final class HandoffReader {
    private static final Set<String> HANDOFF = Set.of("qr", "print", "usb");
    private static final Set<String> QR = Set.of("address", "port", "minutes", "wifi");
    private static final Set<String> WIFI = Set.of("ssid", "password", "security");
    private static final Set<String> PRINT = Set.of("queue", "copiesPerVisitor", "copiesPerEvent");
    private static final Set<String> USB = Set.of("folder");
    private final Paths paths;

    HandoffReader(Paths paths) {
        this.paths = paths;
    }

    Optional<HandoffConfig> read(JsonFields top) {
        return top.object("handoff", true, HANDOFF).flatMap(h -> {
            if (!h.has("qr") && !h.has("print") && !h.has("usb")) {
                top.problem("handoff", "kiosk.config.noHandoff");
                return Optional.empty();
            }
            Optional<HandoffConfig.Qr> qr = h.object("qr", false, QR).flatMap(this::qr);
            Optional<HandoffConfig.Print> print = h.object("print", false, PRINT).flatMap(HandoffReader::print);
            Optional<HandoffConfig.Usb> usb = h.object("usb", false, USB).flatMap(this::usb);
            if (h.has("qr") && qr.isEmpty() || h.has("print") && print.isEmpty() || h.has("usb") && usb.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new HandoffConfig(qr, print, usb));
        });
    }

    /** {@code address} (an IP literal, never the wildcard) and {@code port}. */
    static Optional<HandoffConfig.Server> server(JsonFields f) {
        Optional<String> address = f.text("address", true, 64).flatMap(a -> {
            try {
                InetAddress literal = InetAddress.ofLiteral(a);
                if (literal.isAnyLocalAddress()) {
                    f.problem("address", "kiosk.config.address.wildcard", a);
                    return Optional.empty();
                }
                return Optional.of(a);
            } catch (IllegalArgumentException e) {
                f.problem("address", "kiosk.config.address.notIp", a);
                return Optional.empty();
            }
        });
        Optional<Integer> port = f.integer("port", true, 1024, 65535);
        if (address.isEmpty() || port.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HandoffConfig.Server(address.get(), port.get()));
    }

    private Optional<HandoffConfig.Qr> qr(JsonFields f) {
        Optional<HandoffConfig.Server> server = server(f);
        Optional<Integer> minutes = f.integer("minutes", true, 1, 1440);
        Optional<HandoffConfig.Wifi> wifi = f.object("wifi", false, WIFI).flatMap(HandoffReader::wifi);
        if (server.isEmpty() || minutes.isEmpty() || f.has("wifi") && wifi.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HandoffConfig.Qr(server.get(), minutes.get(), wifi));
    }

    private static Optional<HandoffConfig.Wifi> wifi(JsonFields f) {
        Optional<String> ssid = f.text("ssid", true, 32);
        Optional<String> chosen = f.choice("security", false, List.of("WPA", "WEP", "nopass"));
        if (f.has("security") && chosen.isEmpty()) {
            return Optional.empty();
        }
        String security = chosen.orElse("WPA");
        boolean open = security.equals("nopass");
        Optional<String> password = f.string("password", !open);
        if (!open && password.isPresent()
                && (password.get().length() < 8 && security.equals("WPA") || password.get().length() > 63)) {
            f.problem("password", "kiosk.config.wifiPassword");
            return Optional.empty();
        }
        if (ssid.isEmpty() || !open && password.isEmpty()) {
            return Optional.empty();
        }
        return f.build(f.path("ssid"),
                () -> new HandoffConfig.Wifi(ssid.get(), open ? "" : password.get(), security));
    }

    private static Optional<HandoffConfig.Print> print(JsonFields f) {
        Optional<String> queue = f.string("queue", false).flatMap(q -> {
            if (!q.matches("[A-Za-z0-9_.-]{1,127}")) {
                f.problem("queue", "kiosk.config.queueName", q);
                return Optional.empty();
            }
            return Optional.of(q);
        });
        Optional<Integer> perVisitor = f.integer("copiesPerVisitor", false, 1, 20);
        Optional<Integer> perEvent = f.integer("copiesPerEvent", false, 1, 100_000);
        if (f.has("queue") && queue.isEmpty() || f.has("copiesPerVisitor") && perVisitor.isEmpty()
                || f.has("copiesPerEvent") && perEvent.isEmpty()) {
            return Optional.empty();
        }
        int visitor = perVisitor.orElse(1);
        int event = perEvent.orElse(200);
        if (event < visitor) {
            f.problem("copiesPerEvent", "kiosk.config.copiesPerEvent", visitor);
            return Optional.empty();
        }
        return Optional.of(new HandoffConfig.Print(queue, visitor, event));
    }

    private Optional<HandoffConfig.Usb> usb(JsonFields f) {
        return f.string("folder", true).flatMap(s -> paths.resolve(f.path("folder"), s)).map(HandoffConfig.Usb::new);
    }
}
