// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.i18n.Messages;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Makes each screen afresh when the flow shows it, so nothing of the previous visitor lingers in a view.
 *
 * @param samples    results rendered from the sample set for the attract loop (filled in the background)
 * @param thumbnails each offered frame rendered without a photo, by frame id
 */
public record ScreenFactory(VisitorFlow flow, AdminGate gate, AdminActions admin, Messages messages,
        ObservableList<BufferedImage> samples, Map<String, BufferedImage> thumbnails, boolean printConfigured,
        Executor background, Executor ui) {

    Node create(Screen screen) {
        Messages m = messages;
        Node view = switch (screen) {
            case ATTRACT -> new AttractView(flow, m, samples);
            case FRAMES -> new FramesView(flow, m, thumbnails);
            case PHOTO -> new PhotoView(flow, m);
            case ADJUST -> new AdjustView(flow, m);
            case HANDOFF -> new HandoffView(flow, m, printConfigured);
            case THANKS -> new MessageView("thanks", flow::backToAttract, m.get("kiosk.thanks.title"),
                    m.get("kiosk.thanks.wiped"), flow.pack().tag());
            case FAULT -> new MessageView("fault", flow::backToAttract, m.get("kiosk.fault.title"),
                    flow.faultProperty().get() == null ? "" : m.format(flow.faultProperty().get().visitor()),
                    m.get("kiosk.fault.touch"));
            case PIN -> new PinView(gate, m);
            case ADMIN -> new AdminView(flow, gate, admin, m, background, ui);
        };
        view.setId("screen-" + screen.name().toLowerCase(java.util.Locale.ROOT));
        return view;
    }
}
