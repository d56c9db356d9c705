package im.parley.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The help window takes its height from the table: every row shows, and no blank band is left under it. */
@ExtendWith(ApplicationExtension.class)
class KeyboardHelpTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new KeyboardHelp(false).root(), 620, -1));
        stage.show();
    }

    @Test
    void theWindowIsAsTallAsItsRowsAndCloseClosesIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node table = robot.lookup("#shortcuts").query();
        Node close = robot.lookup("#closeHelp").query();
        Bounds tableBounds = table.localToScene(table.getLayoutBounds());
        Bounds closeBounds = close.localToScene(close.getLayoutBounds());
        double height = stage.getScene().getHeight();
        assertThat(closeBounds.getMaxY()).as("the button shows").isLessThanOrEqualTo(height);
        assertThat(closeBounds.getMinY() - tableBounds.getMaxY()).as("the button follows the table").isLessThan(40);
        assertThat(height - closeBounds.getMaxY()).as("only the padding under the button").isLessThan(30);

        robot.clickOn("#closeHelp");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
    }
}
