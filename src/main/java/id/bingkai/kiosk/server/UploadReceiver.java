// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import com.sun.net.httpserver.HttpExchange;
import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.image.ImageInfo;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.kiosk.fault.KioskFault;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Takes one phone upload: refuses a declared size over the cap before reading, stops reading at the cap, checks the
 * type from the first bytes (JPEG, PNG or WebP, whatever the client claims), reads the header against the pixel
 * budget before decoding, and decodes a small version to be sure it is a whole picture. Only then is the file
 * handed to the sink; anything refused is deleted.
 */
final class UploadReceiver {
    private final ServerLimits limits;
    private final ImageLoader images;
    private final Messages messages;

    UploadReceiver(ServerLimits limits, ImageLoader images, Messages messages) {
        this.limits = limits;
        this.images = images;
        this.messages = messages;
    }

    /** Status and the text for the phone. */
    record Answer(int status, String text) {
    }

    Answer receive(HttpExchange exchange, UploadSink sink) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > limits.uploadBytes()) {
                    return tooLarge();
                }
            } catch (NumberFormatException e) {
                return new Answer(400, text("kiosk.web.upload.notImage"));
            }
        }
        Path file = sink.target();
        boolean keep = false;
        try {
            long size = copy(exchange.getRequestBody(), file);
            if (size < 0) {
                return tooLarge();
            }
            Answer verdict = check(file, size);
            if (verdict.status() == 200) {
                keep = true;
                sink.received(file);
            }
            return verdict;
        } catch (IOException e) {
            if (isDiskFull(e)) {
                sink.failed(KioskFault.of(KioskFault.Kind.DISK_FULL, Msg.of("kiosk.fault.disk.admin", file)));
                return new Answer(507, text("kiosk.web.upload.kioskFailed"));
            }
            throw e;
        } finally {
            if (!keep) {
                Files.deleteIfExists(file);
            }
        }
    }

    private Answer check(Path file, long size) throws IOException {
        if (size == 0 || !allowedType(head(file))) {
            return new Answer(415, text("kiosk.web.upload.notImage"));
        }
        try {
            ImageInfo info = images.probe(file);
            if ((long) info.width() * info.height() > limits.uploadPixels()) {
                return tooLarge();
            }
            images.load(file, 64, 64);
        } catch (BingkaiException e) {
            return new Answer(415, text("kiosk.web.upload.notImage"));
        }
        return new Answer(200, text("kiosk.web.upload.received"));
    }

    /** Copies at most the cap; -1 when the body is longer. */
    private long copy(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limits.uploadBytes()) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.copyOf(in.readNBytes(12), 12);
        }
    }

    /** JPEG, PNG or WebP by their signatures. */
    static boolean allowedType(byte[] h) {
        boolean jpeg = (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF;
        boolean png = (h[0] & 0xFF) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G';
        boolean webp = h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F' && h[8] == 'W' && h[9] == 'E'
                && h[10] == 'B' && h[11] == 'P';
        return jpeg || png || webp;
    }

    private Answer tooLarge() {
        return new Answer(413, text("kiosk.web.upload.tooLarge"));
    }

    private String text(String key) {
        return messages.get(key, limits.uploadBytes() / (1024 * 1024));
    }

    private static boolean isDiskFull(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("No space left") || message.contains("not enough space");
    }
}
