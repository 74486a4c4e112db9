// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.FramePack;
import java.awt.image.BufferedImage;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The attract loop: the campaign, the neutrality rules, results made from the sample set in turn, and
 * "Sentuh untuk mulai". A touch anywhere starts a visit (JavaFX turns a touch into a click).
 */
final class AttractView extends BorderPane implements Ticking {
    /** Ticks (a quarter second each) between two sample results. */
    static final int SLIDE_TICKS = 16;
    private static final String[] RULES = {"kiosk.attract.rule.1", "kiosk.attract.rule.2", "kiosk.attract.rule.3",
        "kiosk.attract.rule.4"};

    private final ObservableList<BufferedImage> samples;
    private final FitImage sample = new FitImage();
    private int ticks;
    private int shown = -1;

    AttractView(VisitorFlow flow, Messages m, ObservableList<BufferedImage> samples) {
        this.samples = samples;
        getStyleClass().addAll("screen", "attract");
        Label title = KioskFx.label(m.get("kiosk.attract.title"), "title");
        Label tag = KioskFx.label(FramePack.CAMPAIGN_TAG, "tag");
        VBox head = new VBox(title, tag);
        head.setAlignment(Pos.CENTER);
        head.getStyleClass().add("head");
        VBox rules = new VBox();
        rules.getStyleClass().add("rules");
        rules.getChildren().add(KioskFx.label(m.get("kiosk.attract.rules"), "subtitle"));
        for (String key : RULES) {
            rules.getChildren().add(KioskFx.label("•  " + m.get(key), "rule"));
        }
        Label start = KioskFx.label(m.get("kiosk.attract.start"), "start");
        start.setMaxWidth(Double.MAX_VALUE);
        start.setAlignment(Pos.CENTER);
        Sides middle = new Sides(sample, rules, 24);
        setTop(head);
        setCenter(middle);
        setBottom(start);
        BorderPane.setAlignment(start, Pos.CENTER);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> flow.begin());
        samples.addListener((javafx.collections.ListChangeListener<BufferedImage>) c -> {
            if (shown < 0) {
                next();
            }
        });
        next();
    }

    @Override
    public void tick() {
        if (++ticks >= SLIDE_TICKS) {
            ticks = 0;
            next();
        }
    }

    private void next() {
        if (samples.isEmpty()) {
            return;
        }
        shown = (shown + 1) % samples.size();
        sample.show(samples.get(shown));
    }
}
