// SPDX-License-Identifier: Apache-2.0

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * The floor under the editor's start-up (bench/startup.sh): the least a JavaFX program can do to put a window titled
 * "Bingkai" on the screen, on the same runtime, with one line of text as the editor's first window has. It prints
 * "startup: N ms window shown" at its first frame, as the editor does with BINGKAI_STARTUP_TRACE (counted from the
 * epoch milliseconds it holds, the bench's start), and with
 * FX_FLOOR_EXIT=1 it exits there (the AOT cache training run).
 */
public final class FxFloor extends Application {
    @Override
    public void start(Stage stage) {
        Text text = new Text(40, 80, "Bingkai");
        text.setFont(Font.font(32));
        text.setFill(Color.web("#7a1020"));
        stage.setTitle("Bingkai (floor)");
        stage.setScene(new Scene(new Group(text), 480, 240, Color.WHITE));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                String zero = System.getenv("BINGKAI_STARTUP_TRACE"); // the bench's start, in epoch ms
                long ms = System.currentTimeMillis() - (zero != null && zero.matches("\\d{13}") ? Long.parseLong(zero)
                        : ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                                .orElse(System.currentTimeMillis()));
                System.out.println("startup: " + ms + " ms window shown");
                if ("1".equals(System.getenv("FX_FLOOR_EXIT"))) {
                    Platform.exit();
                }
            }
        }.start();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
