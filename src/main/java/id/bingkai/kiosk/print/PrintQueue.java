// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.print;

import java.io.IOException;
import java.nio.file.Path;

/** A print queue: its state, a job, and the admin's resume. {@link CupsQueue} is the real one. */
public interface PrintQueue {
    /** The queue's name, for messages. */
    String name();

    PrinterState state() throws IOException;

    /** Sends one job of {@code copies} copies; returns the job id. */
    String submit(Path file, int copies) throws IOException;

    /** Enables the queue and makes it accept jobs again (after paper was refilled). */
    void resume() throws IOException;
}
