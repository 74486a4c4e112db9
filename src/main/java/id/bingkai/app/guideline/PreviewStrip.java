// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.guideline;

import id.bingkai.app.FxImages;
import id.bingkai.core.guideline.Platform;
import id.bingkai.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * "As it will really appear": the design as the core renderer draws it at the size each platform shows it,
 * profile pictures cut to their circle at 1:1 on screen, and a status on a phone screen (drawn at the phone's
 * 360 px and shown smaller, with the bars the app lays over it). Lays its cells out in a column next to the
 * canvas or in a row under it, whichever leaves the canvas bigger ({@link #setVertical}).
 */
public final class PreviewStrip extends Pane {
    /** A status preview is this wide on screen (the phone draws it 360 px wide). */
    static final double STATUS_SHOWN_WIDTH = 176;
    private static final double GAP = 12;
    private static final double PAD = 12;
    private static final double COLUMN_WIDTH = 228;
    private static final javafx.css.PseudoClass VERTICAL = javafx.css.PseudoClass.getPseudoClass("vertical");

    private final Messages m;
    private final Label title;
    private final List<Cell> cells = new ArrayList<>();
    private List<Platform> platforms = List.of();
    private boolean vertical = true;

    /** One preview and its caption; {@code imageHeight} lines the pictures of a row up at their bottom. */
    private static final class Cell extends VBox {
        final Platform platform;
        final ImageView view = new ImageView();
        final double imageWidth;
        final double imageHeight;

        Cell(Platform platform, double imageWidth, double imageHeight) {
            this.platform = platform;
            this.imageWidth = imageWidth;
            this.imageHeight = imageHeight;
        }
    }

    public PreviewStrip(GuidelineViewModel vm, Messages m) {
        this.m = m;
        getStyleClass().add("preview-strip");
        setId("true-size-previews");
        title = new Label(m.get("guideline.ui.previews.title"));
        title.getStyleClass().add("preview-strip-title");
        title.setWrapText(true);
        pseudoClassStateChanged(VERTICAL, true);
        vm.previewsProperty().addListener((obs, old, p) -> show(p));
        show(vm.previewsProperty().get());
    }

    /** A column beside the canvas, or a row under it. */
    public void setVertical(boolean vertical) {
        if (this.vertical != vertical) {
            this.vertical = vertical;
            pseudoClassStateChanged(VERTICAL, vertical);
            requestLayout();
        }
    }

    /** Whether there is anything to show for this frame. */
    public boolean hasPreviews() {
        return !cells.isEmpty();
    }

    private void show(List<TrueSizePreview> previews) {
        List<Platform> next = previews.stream().map(TrueSizePreview::platform).toList();
        if (!next.equals(platforms)) {
            platforms = next;
            cells.clear();
            next.forEach(p -> cells.add(cell(p)));
            getChildren().setAll(title);
            getChildren().addAll(cells);
        }
        for (int i = 0; i < previews.size(); i++) {
            cells.get(i).view.setImage(FxImages.toFx(previews.get(i).image()));
        }
        setManaged(!cells.isEmpty());
        requestLayout();
    }

    private Cell cell(Platform p) {
        double w = p.circle() ? p.displayPx() : STATUS_SHOWN_WIDTH;
        double h = p.circle() ? p.displayPx() : STATUS_SHOWN_WIDTH * 16 / 9;
        Cell cell = new Cell(p, w, h);
        cell.view.setFitWidth(w);
        cell.view.setFitHeight(h);
        cell.view.setSmooth(!p.circle()); // circles are shown pixel for pixel
        Node picture = p.circle() ? circle(cell.view, w) : phone(cell.view, w, h);
        Label name = new Label(m.get(nameKey(p)));
        name.getStyleClass().add("preview-name");
        Label detail = new Label(m.get(detailKey(p), p.displayPx()));
        detail.getStyleClass().add("preview-detail");
        detail.setWrapText(true);
        detail.setMaxWidth(Math.max(w, 80));
        cell.getChildren().addAll(picture, name, detail);
        cell.setAlignment(Pos.TOP_CENTER);
        cell.setSpacing(2);
        cell.setId("preview-" + p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        cell.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        cell.setAccessibleText(m.get(p.labelKey()));
        return cell;
    }

    private static Node circle(ImageView view, double d) {
        view.setClip(new Circle(d / 2, d / 2, d / 2));
        Circle ring = new Circle(d / 2, d / 2, d / 2);
        ring.getStyleClass().add("preview-ring");
        ring.setFill(null);
        ring.setMouseTransparent(true);
        return new StackPane(view, ring);
    }

    /** The status on a phone: the app's progress bar and name on top, the reply box at the bottom. */
    private static Node phone(ImageView view, double w, double h) {
        Rectangle clip = new Rectangle(w, h);
        clip.setArcWidth(18);
        clip.setArcHeight(18);
        view.setClip(clip);
        Pane chrome = new Pane();
        chrome.setMouseTransparent(true);
        Line progress = new Line(8, 8, w - 8, 8);
        progress.getStyleClass().add("phone-bar");
        Circle avatar = new Circle(16, 24, 7);
        avatar.getStyleClass().add("phone-avatar");
        Rectangle name = new Rectangle(28, 21, w * 0.3, 6);
        name.getStyleClass().add("phone-text");
        Rectangle reply = new Rectangle(10, h - 30, w - 44, 20);
        reply.setArcWidth(20);
        reply.setArcHeight(20);
        reply.getStyleClass().add("phone-reply");
        Circle heart = new Circle(w - 20, h - 20, 7);
        heart.getStyleClass().add("phone-reply");
        chrome.getChildren().addAll(progress, avatar, name, reply, heart);
        Rectangle outline = new Rectangle(w, h);
        outline.setArcWidth(18);
        outline.setArcHeight(18);
        outline.getStyleClass().add("preview-ring");
        outline.setFill(null);
        StackPane stack = new StackPane(view, chrome, outline);
        stack.setAlignment(Pos.TOP_LEFT);
        stack.setMaxSize(w, h);
        return stack;
    }

    private static String nameKey(Platform p) {
        return switch (p) {
            case WHATSAPP -> "guideline.ui.preview.whatsapp";
            case INSTAGRAM -> "guideline.ui.preview.instagram";
            case FACEBOOK_MOBILE, FACEBOOK_DESKTOP -> "guideline.ui.preview.facebook";
            case STATUS -> "guideline.ui.preview.status";
        };
    }

    private static String detailKey(Platform p) {
        return switch (p) {
            case WHATSAPP -> "guideline.ui.preview.whatsapp.size";
            case INSTAGRAM -> "guideline.ui.preview.instagram.size";
            case FACEBOOK_MOBILE -> "guideline.ui.preview.facebook-mobile.size";
            case FACEBOOK_DESKTOP -> "guideline.ui.preview.facebook-desktop.size";
            case STATUS -> "guideline.ui.preview.status.size";
        };
    }

    // --- layout: shelves of cells, a column of width COLUMN_WIDTH or a single row --------------------------

    private double cellWidth(Cell c) {
        return Math.max(c.imageWidth, c.prefWidth(-1));
    }

    private List<List<Cell>> shelves(double width) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        double used = 0;
        for (Cell c : cells) {
            double w = cellWidth(c);
            if (!row.isEmpty() && used + GAP + w > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : GAP) + w;
            row.add(c);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private double innerWidth() {
        return innerWidth(vertical);
    }

    private double innerWidth(boolean inColumn) {
        if (inColumn) {
            double widest = cells.stream().mapToDouble(this::cellWidth).max().orElse(0);
            return Math.max(COLUMN_WIDTH - 2 * PAD, widest);
        }
        return cells.stream().mapToDouble(this::cellWidth).sum() + GAP * Math.max(0, cells.size() - 1);
    }

    private double rowHeight(List<Cell> row) {
        double image = row.stream().mapToDouble(c -> c.imageHeight).max().orElse(0);
        double below = row.stream().mapToDouble(c -> c.prefHeight(cellWidth(c)) - c.imageHeight).max().orElse(0);
        return image + below;
    }

    /** The width the strip needs as a column ({@code true}) or as a row, without switching to it. */
    public double widthAs(boolean inColumn) {
        return innerWidth(inColumn) + 2 * PAD;
    }

    /** The height the strip needs as a column or as a row, without switching to it. */
    public double heightAs(boolean inColumn) {
        double inner = innerWidth(inColumn);
        double h = PAD + title.prefHeight(inner) + GAP;
        for (List<Cell> row : shelves(inner)) {
            h += rowHeight(row) + GAP;
        }
        return h - GAP + PAD;
    }

    @Override
    protected double computePrefWidth(double height) {
        return widthAs(vertical);
    }

    @Override
    protected double computePrefHeight(double width) {
        return heightAs(vertical);
    }

    @Override
    protected void layoutChildren() {
        double inner = innerWidth();
        double x0 = Math.max(PAD, (getWidth() - inner) / 2);
        double y = PAD;
        double th = title.prefHeight(inner);
        title.resizeRelocate(x0, y, inner, th);
        y += th + GAP;
        for (List<Cell> row : shelves(inner)) {
            double rowWidth = row.stream().mapToDouble(this::cellWidth).sum() + GAP * (row.size() - 1);
            double x = x0 + (inner - rowWidth) / 2;
            double image = row.stream().mapToDouble(c -> c.imageHeight).max().orElse(0);
            for (Cell c : row) {
                double w = cellWidth(c);
                double top = y + image - c.imageHeight;
                c.resizeRelocate(x, top, w, c.prefHeight(w));
                x += w + GAP;
            }
            y += rowHeight(row) + GAP;
        }
    }
}
