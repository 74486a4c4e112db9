// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A feed the test drives: capture() hands over the given file; photos and faults can be pushed at any time. */
final class FakeFeed implements PhotoFeed {
    private final Kind kind;
    private final Path photo;
    private volatile Listener listener;
    final List<String> calls = new ArrayList<>();

    FakeFeed(Kind kind, Path photo) {
        this.kind = kind;
        this.photo = photo;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public void start(Listener l) {
        calls.add("start");
        listener = l;
    }

    @Override
    public void stop() {
        calls.add("stop");
        listener = null;
    }

    @Override
    public void capture() {
        calls.add("capture");
        push(photo);
    }

    boolean started() {
        return listener != null;
    }

    void push(Path file) {
        Listener l = listener;
        if (l != null) {
            l.photo(file);
        }
    }

    void fault(KioskFault fault, String detail) {
        Listener l = listener;
        if (l != null) {
            l.fault(fault, detail);
        }
    }

    @Override
    public java.util.Optional<String> uploadLink() {
        return kind == Kind.PHONE ? java.util.Optional.of("http://192.168.8.10:8080/unggah/contoh")
                : java.util.Optional.empty();
    }
}
