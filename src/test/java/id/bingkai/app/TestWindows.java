// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.common.FileDialogs;
import id.bingkai.app.common.RelayNotices;
import id.bingkai.app.prefs.Preferences;
import id.bingkai.core.i18n.Messages;
import id.bingkai.wiring.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/** The real editor window as the FX tests open it: the program's services, a fresh data folder, shown. */
record TestWindows(MainViewModel vm, MainWindow window) {

    /** Call on the FX thread (a TestFX {@code @Start} method). */
    static TestWindows show(Messages messages, Path parent, Executor background, FileDialogs dialogs)
            throws IOException {
        Services services = Services.create(messages);
        EditorContext context = EditorContext.of(services, new DataFolder(Files.createTempDirectory(parent, "data")),
                background, Platform::runLater);
        RelayNotices notices = new RelayNotices();
        MainViewModel vm = new MainViewModel(context, Preferences.DEFAULT, notices);
        MainWindow window = new MainWindow(vm, notices, () -> { }, dialogs);
        window.show();
        return new TestWindows(vm, window);
    }
}
