// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The view models' notice sink: forwards to whatever shows notices now (the window is rebuilt when the
 * language changes) and keeps the ones that arrive before a window exists.
 */
public final class RelayNotices implements NoticeSink {
    private final List<Notice> waiting = new ArrayList<>();
    private NoticeSink target;

    @Override
    public synchronized void show(Notice notice) {
        if (target == null) {
            waiting.add(notice);
        } else {
            target.show(notice);
        }
    }

    public synchronized void attach(NoticeSink sink) {
        target = sink;
        waiting.forEach(sink::show);
        waiting.clear();
    }
}
