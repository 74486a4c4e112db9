// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.i18n.Messages;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

/**
 * The kiosk's one window: fullscreen, undecorated, deaf to the keyboard (Escape, Alt+F4, F11 do nothing for a
 * guest; the PIN pad takes digits), closed only from the admin screen. Shows the flow's current screen, the idle
 * countdown over it, and keeps a hidden corner for the admin gesture.
 */
public final class KioskWindow {
    /** The side of the hidden corner that counts taps for the admin gesture. */
    static final double CORNER = 96;
    static final Duration TICK = Duration.millis(250);

    private final Stage stage;
    private final VisitorFlow flow;
    private final AdminGate gate;
    private final ScreenFactory screens;
    private final StackPane content = new StackPane();
    private final Timeline ticker;
    private Node current;
    private boolean closing;

    public KioskWindow(Stage stage, VisitorFlow flow, AdminGate gate, ScreenFactory screens, Messages m) {
        this(stage, flow, gate, screens, m, Standing.AUTO);
    }

    public KioskWindow(Stage stage, VisitorFlow flow, AdminGate gate, ScreenFactory screens, Messages m,
            Standing standing) {
        this.stage = stage;
        this.flow = flow;
        this.gate = gate;
        this.screens = screens;
        KioskFx.loadFonts();
        Label countdown = KioskFx.label("", "countdown");
        countdown.setId("countdown");
        countdown.textProperty().bind(flow.secondsLeftProperty().asString(m.get("kiosk.countdown")));
        countdown.visibleProperty().bind(flow.countdownShownProperty());
        countdown.setMouseTransparent(true);
        StackPane.setAlignment(countdown, Pos.TOP_RIGHT);
        Region corner = new Region();
        corner.setId("admin-corner");
        corner.setMaxSize(CORNER, CORNER);
        corner.setPrefSize(CORNER, CORNER);
        corner.setStyle("-fx-background-color: transparent;");
        corner.setPickOnBounds(true);
        corner.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            gate.cornerTap();
            e.consume();
        });
        StackPane.setAlignment(corner, Pos.TOP_LEFT);
        StackPane root = new StackPane(content, countdown, corner);
        root.getStyleClass().add("kiosk");
        Scene scene = new Scene(new Turntable(root, standing));
        scene.getStylesheets().add(KioskWindow.class.getResource("/id/bingkai/kiosk/kiosk.css").toExternalForm());
        // Everything scales with the screen: 1366x768 and 1080x1920 get the same layout at different sizes.
        root.styleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "-fx-font-size: " + fontSize(scene.getWidth(), scene.getHeight()) + "px;",
                scene.widthProperty(), scene.heightProperty()));
        scene.addEventFilter(KeyEvent.ANY, this::key);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> flow.activity());
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> flow.activity());
        stage.setScene(scene);
        stage.setTitle(m.get("kiosk.window.title"));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnCloseRequest(e -> {
            if (!closing) {
                e.consume();
            }
        });
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now && !closing) {
                stage.setFullScreen(true);
            }
        });
        flow.screenProperty().addListener((obs, old, screen) -> show(screen));
        ticker = new Timeline(new KeyFrame(TICK, e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        show(flow.screen());
    }

    /** Base font size in pixels: about 28 px on a 1080-pixel side, never under 18. */
    static double fontSize(double width, double height) {
        double side = Math.min(width, height);
        return side <= 0 ? 20 : Math.max(18, Math.round(side / 38.0));
    }

    /** Shows the window fullscreen (once: {@code initStyle} must come before the first show). */
    public void show() {
        stage.initStyle(StageStyle.UNDECORATED);
        // Also cover the screen by size: without a window manager (a bare X session) fullscreen is only a wish.
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setFullScreen(true);
        stage.show();
        ticker.play();
        flow.start();
    }

    /** Closes the window for good (the admin's exit). */
    public void close() {
        closing = true;
        ticker.stop();
        flow.backToAttract();
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    /** The screen on show (tests look inside it). */
    public Node currentView() {
        return current;
    }

    private void key(KeyEvent e) {
        if (flow.screen() == Screen.PIN && e.getEventType() == KeyEvent.KEY_TYPED && e.getCharacter().length() == 1
                && Character.isDigit(e.getCharacter().charAt(0))) {
            gate.digit(e.getCharacter().charAt(0) - '0');
        } else if (flow.screen() == Screen.PIN && e.getEventType() == KeyEvent.KEY_PRESSED
                && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
            gate.submit();
        }
        e.consume();
    }

    private void tick() {
        flow.tick();
        gate.tick();
        if (current instanceof Ticking t) {
            t.tick();
        }
    }

    private void show(Screen screen) {
        current = screens.create(screen);
        content.getChildren().setAll(current);
    }
}
