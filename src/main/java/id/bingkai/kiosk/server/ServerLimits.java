// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

/**
 * What the LAN server allows a client, so that nobody on the event's Wi-Fi can tie it up or fill the disk.
 *
 * @param threads        handler threads (requests beyond them wait in the queue)
 * @param queue          requests waiting for a thread; a connection beyond that is closed at once
 * @param requestSeconds a request (headers and body) must arrive within this; a trickling client is cut off
 * @param uploadBytes    the largest photo a phone may upload
 * @param uploadPixels   the largest photo, in pixels, read from its header before anything is decoded
 */
public record ServerLimits(int threads, int queue, int requestSeconds, long uploadBytes, long uploadPixels) {
    public static final ServerLimits DEFAULT = new ServerLimits(8, 32, 20, 25L * 1024 * 1024, 50_000_000L);

    public ServerLimits {
        if (threads < 1 || threads > 64 || queue < 0 || queue > 1024) {
            throw new IllegalArgumentException("threads 1..64, queue 0..1024");
        }
        if (requestSeconds < 1 || requestSeconds > 600) {
            throw new IllegalArgumentException("requestSeconds 1..600");
        }
        if (uploadBytes < 1024 || uploadPixels < 1) {
            throw new IllegalArgumentException("upload limits must be positive");
        }
    }
}
