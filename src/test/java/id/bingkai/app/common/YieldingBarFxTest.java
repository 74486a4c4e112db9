// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app bar's tagline goes before any button is squeezed, and comes back when there is room. */
@ExtendWith(ApplicationExtension.class)
class YieldingBarFxTest {
    private Label tag;
    private List<Button> buttons;
    private YieldingBar bar;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tag = new Label("#ASNpilihNETRAL · make your campaign profile picture");
        buttons = List.of(new Button("Open photo…"), new Button("Recent photos"), new Button("Paste"),
                new Button("Undo"), new Button("Redo"), new Button("Settings"));
        Region gap = new Region();
        gap.setMinWidth(12); // counted at its minimum, as HBox lays it out
        bar = new YieldingBar(tag, new Label("Bingkai"), tag, gap);
        bar.getChildren().addAll(buttons);
        bar.setSpacing(6);
        stage.setScene(new Scene(bar, 1200, 60));
        stage.show();
    }

    @Test
    void theTaglineGoesBeforeAnyButtonIsSqueezedAndComesBack() throws Exception {
        double buttonsOnly = bar.prefWidth(-1) - tag.prefWidth(-1) - bar.getSpacing();
        resize(buttonsOnly + tag.prefWidth(-1) + 40);
        assertThat(tag.isVisible()).as("room for everything").isTrue();
        assertUnsqueezed();

        resize(buttonsOnly + tag.prefWidth(-1) / 2);
        assertThat(tag.isVisible()).as("no room for the tagline").isFalse();
        assertThat(tag.isManaged()).isFalse();
        assertUnsqueezed();

        resize(buttonsOnly + tag.prefWidth(-1) + 40);
        assertThat(tag.isVisible()).as("room again").isTrue();
        assertUnsqueezed();
    }

    private void resize(double width) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            bar.resize(width, 60);
            bar.layout();
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertUnsqueezed() {
        for (Button b : buttons) {
            assertThat(b.getWidth()).as(b.getText()).isGreaterThanOrEqualTo(Math.floor(b.prefWidth(-1)));
        }
    }
}
