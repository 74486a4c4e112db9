// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.app.FxImages;
import id.bingkai.app.common.Controls;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;

/**
 * The picture being made, exactly as the core renderer draws it at the canvas' size on screen. Drag moves the
 * active slot's photo (mouse or finger; in a frame with several slots a press picks the slot under it), the
 * wheel and pinch zoom about the pointer, the rotate gesture turns it, arrow keys nudge. An overlay layer in
 * canvas units sits over the picture for guideline drawings and the active slot's outline.
 */
public final class CanvasView extends StackPane {
    private static final double MARGIN = 28;
    private static final double WHEEL_STEP = 1.0015;

    private final EditorViewModel vm;
    private final ImageView picture = new ImageView();
    private final Pane overlay = new Pane();
    private final Group overlayContent = new Group();
    private final Scale overlayScale = new Scale(1, 1);
    private final StackPane sheet;
    private final VBox dropHint;
    private final ReadOnlyDoubleWrapper displayScale = new ReadOnlyDoubleWrapper(this, "displayScale", 1);
    private Point2D dragLast;

    public CanvasView(EditorViewModel vm, Messages m, Runnable openPhoto) {
        this.vm = vm;
        getStyleClass().add("canvas-area");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(m.get("editor.canvas.name"));
        setAccessibleHelp(m.get("editor.canvas.help"));
        setMinSize(200, 200);

        picture.setSmooth(true);
        picture.setPreserveRatio(false);
        overlayContent.getTransforms().add(overlayScale);
        overlayContent.getChildren().addAll(new SlotOutline(vm, m, displayScale.getReadOnlyProperty()).node(),
                new LogoPlaceOutline(vm, m, displayScale.getReadOnlyProperty()).node());
        overlay.getChildren().add(overlayContent);
        overlay.setMouseTransparent(true);
        overlay.getStyleClass().add("overlay");
        sheet = new StackPane(picture, overlay);
        sheet.getStyleClass().add("sheet");
        sheet.setAlignment(Pos.TOP_LEFT);
        sheet.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);

        Label title = new Label(m.get("editor.canvas.drop-title"));
        title.getStyleClass().add("drop-title");
        Label sub = new Label(m.get("editor.canvas.drop-detail"));
        sub.setWrapText(true);
        sub.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button open = Controls.primary(m.get("editor.action.open-photo"), m.get("editor.action.open-photo.help"),
                openPhoto);
        open.setId("hint-open-photo");
        dropHint = new VBox(title, sub, open);
        dropHint.getStyleClass().add("drop-hint");
        dropHint.setAlignment(Pos.CENTER);
        dropHint.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        dropHint.setMaxWidth(360);

        getChildren().addAll(sheet, dropHint);
        StackPane.setAlignment(dropHint, Pos.CENTER);

        vm.previewProperty().addListener((obs, old, p) -> show(p));
        show(vm.previewProperty().get()); // the view is rebuilt when the language changes
        vm.documentProperty().addListener((obs, old, doc) -> {
            updateHint(doc);
            if (old == null || !old.frame().canvas().equals(doc.frame().canvas())) {
                requestLayout();
            }
        });
        vm.busyProperty().addListener((obs, old, busy) -> setCursor(busy ? Cursor.WAIT : null));
        updateHint(vm.document());
        installGestures();
    }

    /** Guideline overlays (issue 4) add shapes here, in canvas units; they scale with the picture. */
    public Group overlay() {
        return overlayContent;
    }

    /** On-screen pixels per canvas unit. */
    public double displayScale() {
        return displayScale.get();
    }

    /** On-screen pixels per canvas unit; overlays keep their lines a constant width on screen with it. */
    public ReadOnlyDoubleProperty displayScaleProperty() {
        return displayScale.getReadOnlyProperty();
    }

    /** The picture node (for tests and screenshots). */
    public ImageView picture() {
        return picture;
    }

    private void show(Preview p) {
        if (p != null) {
            picture.setImage(FxImages.toFx(p.image()));
        }
    }

    private void updateHint(Document doc) {
        boolean empty = doc.photos().isEmpty();
        dropHint.setVisible(empty);
        dropHint.setManaged(empty);
        sheet.setCursor(empty ? Cursor.DEFAULT : Cursor.OPEN_HAND);
    }

    @Override
    protected void layoutChildren() {
        CanvasSize canvas = vm.document().frame().canvas();
        double availW = Math.max(1, getWidth() - 2 * MARGIN);
        double availH = Math.max(1, getHeight() - 2 * MARGIN);
        double scale = Math.min(availW / canvas.width(), availH / canvas.height());
        double w = Math.floor(canvas.width() * scale);
        double h = Math.floor(canvas.height() * scale);
        double s = w / canvas.width();
        picture.setFitWidth(w);
        picture.setFitHeight(h);
        sheet.setPrefSize(w, h);
        overlay.setPrefSize(w, h);
        overlayScale.setX(s);
        overlayScale.setY(s);
        displayScale.set(s);
        double device = getScene() != null && getScene().getWindow() != null
                ? getScene().getWindow().getOutputScaleX() : 1;
        vm.previewWidthProperty().set((int) Math.round(w * device));
        super.layoutChildren();
    }

    /** In a frame with several slots, the slot under a scene point (a click, a drop) becomes the active one. */
    public void pickSlot(double sceneX, double sceneY) {
        if (vm.document().frame().slots().size() > 1) {
            Point2D c = toCanvas(sceneX, sceneY);
            vm.selectSlotAt(c.getX(), c.getY());
        }
    }

    private Point2D toCanvas(double sceneX, double sceneY) {
        Point2D local = sheet.sceneToLocal(sceneX, sceneY);
        return new Point2D(local.getX() / displayScale(), local.getY() / displayScale());
    }

    private void installGestures() {
        sheet.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            if (e.getButton() == MouseButton.PRIMARY) {
                // A press inside a slot makes it the active one, so a drag that starts there moves its photo.
                pickSlot(e.getSceneX(), e.getSceneY());
            }
            if (e.getButton() == MouseButton.PRIMARY && vm.photo().isPresent()) {
                dragLast = new Point2D(e.getSceneX(), e.getSceneY());
                vm.beginGesture();
                sheet.setCursor(Cursor.CLOSED_HAND);
            }
        });
        sheet.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragLast != null) {
                double dx = (e.getSceneX() - dragLast.getX()) / displayScale();
                double dy = (e.getSceneY() - dragLast.getY()) / displayScale();
                dragLast = new Point2D(e.getSceneX(), e.getSceneY());
                vm.moveBy(dx, dy);
            }
        });
        sheet.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragLast != null) {
                dragLast = null;
                vm.endGesture();
                sheet.setCursor(Cursor.OPEN_HAND);
            }
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventHandler(ScrollEvent.SCROLL, e -> {
            // Touch scrolling is a drag, already handled through the synthesized mouse events.
            if (e.isDirect() || e.getTouchCount() > 0 || e.getDeltaY() == 0) {
                return;
            }
            Point2D c = toCanvas(e.getSceneX(), e.getSceneY());
            vm.zoomAbout(Math.pow(WHEEL_STEP, e.getDeltaY()), c.getX(), c.getY());
            e.consume();
        });
        setOnZoomStarted(e -> vm.beginGesture());
        setOnZoom(e -> {
            Point2D c = toCanvas(e.getSceneX(), e.getSceneY());
            vm.zoomAbout(e.getZoomFactor(), c.getX(), c.getY());
            e.consume();
        });
        setOnZoomFinished(e -> vm.endGesture());
        setOnRotationStarted(e -> vm.beginGesture());
        setOnRotate(e -> {
            vm.rotateBy(e.getAngle());
            e.consume();
        });
        setOnRotationFinished(e -> vm.endGesture());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        int step = e.isShiftDown() ? 10 : 1;
        KeyCode code = e.getCode();
        switch (code) {
            case LEFT -> vm.nudge(-step, 0);
            case RIGHT -> vm.nudge(step, 0);
            case UP -> vm.nudge(0, -step);
            case DOWN -> vm.nudge(0, step);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
