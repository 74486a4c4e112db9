// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** The ways a visitor takes the result home; at least one is configured. */
public record HandoffConfig(Optional<Qr> qr, Optional<Print> print, Optional<Usb> usb) {
    public HandoffConfig {
        Objects.requireNonNull(qr, "qr");
        Objects.requireNonNull(print, "print");
        Objects.requireNonNull(usb, "usb");
        if (qr.isEmpty() && print.isEmpty() && usb.isEmpty()) {
            throw new IllegalArgumentException("at least one hand-off (qr, print, usb) is needed");
        }
    }

    /** The address and port the LAN server binds (one address only, never all interfaces by accident). */
    public record Server(String address, int port) {
        public Server {
            Objects.requireNonNull(address, "address");
            if (address.isBlank()) {
                throw new IllegalArgumentException("address must not be blank");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be 1..65535");
            }
        }
    }

    /** QR download from the kiosk's own server; links live {@code minutes}. */
    public record Qr(Server server, int minutes, Optional<Wifi> wifi) {
        public Qr {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(wifi, "wifi");
            if (minutes < 1 || minutes > 24 * 60) {
                throw new IllegalArgumentException("minutes must be 1..1440");
            }
        }
    }

    /** The kiosk's own hotspot, shown as a Wi-Fi join QR. {@code security} is WPA, WEP or nopass. */
    public record Wifi(String ssid, String password, String security) {
        public Wifi {
            Objects.requireNonNull(ssid, "ssid");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(security, "security");
            if (ssid.isEmpty() || ssid.length() > 32) {
                throw new IllegalArgumentException("ssid must be 1..32 characters");
            }
            if (!security.equals("nopass") && password.isEmpty()) {
                throw new IllegalArgumentException("a secured network needs a password");
            }
        }
    }

    /** A CUPS queue (empty: the system default) with copies capped per visitor and per event. */
    public record Print(Optional<String> queue, int copiesPerVisitor, int copiesPerEvent) {
        public Print {
            Objects.requireNonNull(queue, "queue");
            if (queue.isPresent() && !queue.get().matches("[A-Za-z0-9_.-]{1,127}")) {
                throw new IllegalArgumentException("queue names use letters, digits, '_', '.', '-'");
            }
            if (copiesPerVisitor < 1 || copiesPerVisitor > 20) {
                throw new IllegalArgumentException("copiesPerVisitor must be 1..20");
            }
            if (copiesPerEvent < copiesPerVisitor) {
                throw new IllegalArgumentException("copiesPerEvent must be at least copiesPerVisitor");
            }
        }
    }

    /** Results saved into a folder (a USB stick's mount point). */
    public record Usb(Path folder) {
        public Usb {
            Objects.requireNonNull(folder, "folder");
        }
    }
}
