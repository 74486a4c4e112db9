// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window that comes first says what it is opening, in the user's language, and holds no control: a control
 * makes JavaFX read and apply its whole default stylesheet before the window can appear.
 */
@ExtendWith(ApplicationExtension.class)
class StartupWindowFxTest {
    @Test
    void theFirstWindowIsTitledAndSaysItIsOpeningWithoutAnyControl() throws Exception {
        Messages messages = new Messages(Messages.INDONESIAN);
        Stage stage = WaitForAsyncUtils.asyncFx(() -> StartupWindow.show(messages)).get(30, TimeUnit.SECONDS);
        try {
            assertThat(stage.isShowing()).isTrue();
            assertThat(stage.getTitle()).isEqualTo(messages.get("app.title"));
            assertThat(stage.getScene().getWidth()).isPositive();
            List<Node> nodes = new ArrayList<>();
            collect(stage.getScene().getRoot(), nodes);
            assertThat(nodes).noneMatch(n -> n instanceof Control);
            assertThat(nodes).filteredOn(n -> n instanceof Text).extracting(n -> ((Text) n).getText())
                    .containsExactly("Bingkai", messages.get("app.opening"));
        } finally {
            WaitForAsyncUtils.asyncFx(stage::hide).get(30, TimeUnit.SECONDS);
        }
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }
}
