// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.core.i18n.Messages;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The editor's window as it first appears: its title, size and a "opening" line, shown as soon as JavaFX runs,
 * while the preferences, the built-in pack and the view model are still being made on another thread. The
 * {@link MainWindow} then fills the same stage. No control and no CSS: the first {@link javafx.scene.control.Control}
 * of a run makes JavaFX load and apply its whole default stylesheet (modena), which took about a third of the time
 * from the toolkit's start to the window on screen; plain text nodes with their font and colour set in code show
 * without it, and the editor's controls pay for it after the window is up.
 */
final class StartupWindow {
    /** The editor's first size: the whole screen of a 1366 x 768 laptop, at most 1366 x 840. */
    static final double WIDTH = 1366;
    static final double HEIGHT = 840;

    private StartupWindow() {
    }

    /** Shows a new stage (FX thread) and returns it. */
    static Stage show(Messages messages) {
        Text name = new Text("Bingkai");
        name.setFont(Font.font(null, FontWeight.BOLD, 28));
        name.setFill(Color.web("#C7401C"));
        Text opening = new Text(messages.get("app.opening"));
        opening.setFont(Font.font(14));
        opening.setFill(Color.web("#555555"));
        VBox root = new VBox(8, name, opening);
        root.setAlignment(Pos.CENTER);
        root.setBackground(Background.fill(Color.web("#FAFAF8")));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage stage = new Stage();
        stage.setScene(new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight())));
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(MainWindow.MIN_WIDTH);
        stage.setMinHeight(MainWindow.MIN_HEIGHT);
        stage.show();
        return stage;
    }

    /**
     * Runs {@code then} on the FX thread once the scenes as they are now have been drawn (two pulses from now), so
     * that long work queued after it does not keep the window blank.
     */
    static void afterFirstFrame(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
