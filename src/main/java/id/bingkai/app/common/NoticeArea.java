// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import id.bingkai.core.i18n.Messages;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Messages for the user, stacked over the top of the canvas: information fades after a few seconds, problems
 * stay until closed. Nothing here ever blocks the work underneath.
 */
public final class NoticeArea extends VBox implements NoticeSink {
    private static final int MAX_SHOWN = 4;
    private final Messages messages;

    public NoticeArea(Messages messages) {
        this.messages = messages;
        setSpacing(8);
        setAlignment(Pos.TOP_CENTER);
        setPickOnBounds(false);
        setFillWidth(false);
        getStyleClass().add("notice-area");
        setMouseTransparent(false);
    }

    @Override
    public void show(Notice notice) {
        String text = NoticeText.format(messages, notice.message());
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(560);
        HBox.setHgrow(label, Priority.ALWAYS);
        Button close = Controls.button("×", messages.get("app.notice.close"), () -> { });
        close.setAccessibleText(messages.get("app.notice.close"));
        HBox box = new HBox(label, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("notice");
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(text);
        if (notice.kind() != Notice.Kind.INFO) {
            box.getStyleClass().add("error");
        }
        close.setOnAction(e -> getChildren().remove(box));
        getChildren().add(box);
        while (getChildren().size() > MAX_SHOWN) {
            getChildren().removeFirst();
        }
        if (notice.kind() == Notice.Kind.INFO) {
            PauseTransition fade = new PauseTransition(Duration.seconds(5));
            fade.setOnFinished(e -> getChildren().remove(box));
            fade.play();
        }
    }
}
