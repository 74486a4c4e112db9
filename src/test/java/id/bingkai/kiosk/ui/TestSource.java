// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.source.Capture;
import id.bingkai.kiosk.source.PhotoSource;
import id.bingkai.kiosk.source.ReplaySource;
import java.nio.file.Path;
import java.util.List;

/** The engine's replay source, plus faults and photos the test pushes as a camera or a hot folder would. */
final class TestSource implements PhotoSource {
    private final ReplaySource replay;
    private volatile Listener listener;

    TestSource(Path... photos) {
        replay = new ReplaySource(List.of(photos), false);
    }

    @Override
    public void start(Listener l) {
        listener = l;
        replay.start(l);
    }

    @Override
    public void stop() {
        listener = null;
        replay.stop();
    }

    @Override
    public void capture() {
        replay.capture();
    }

    boolean started() {
        return listener != null;
    }

    void push(Capture capture) {
        Listener l = listener;
        if (l != null) {
            l.photo(capture);
        }
    }

    void fault(KioskFault fault) {
        Listener l = listener;
        if (l != null) {
            l.fault(fault);
        }
    }
}
