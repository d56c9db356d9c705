package im.parley.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.im.Subscription;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing a contact's groups by ticking them, and adding a new one, as a person does it. */
@ExtendWith(ApplicationExtension.class)
class GroupsDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void everyKnownGroupIsOfferedTheContactsTickedAndANewOneAdded(FxRobot robot) {
        Contact juliet = new Contact(Jid.of("juliet@capulet.lit"), "Juliet", List.of("Work"), Subscription.BOTH, false,
                Contact.Availability.AVAILABLE, null);
        AtomicReference<Optional<Set<String>>> result = new AtomicReference<>();
        Platform.runLater(() -> {
            GroupsDialog groups = new GroupsDialog(stage, juliet, Set.of("family", "Work", "Club"));
            result.set(groups.dialog().showAndWait());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".group-choice").queryAllAs(CheckBox.class)).extracting(CheckBox::getText)
                .containsExactly("Club", "family", "Work");
        assertThat(robot.lookup(".group-choice").queryAllAs(CheckBox.class)).filteredOn(CheckBox::isSelected)
                .extracting(CheckBox::getText).containsExactly("Work");
        robot.clickOn("family");
        robot.clickOn("#newGroup").write("Verona");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#newGroup").write("work");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.get()).as("a name typed again ticks the group it names, whatever its case")
                .contains(Set.of("family", "Work", "Verona"));
    }

    @Test
    void cancelChangesNothing(FxRobot robot) {
        Contact romeo = new Contact(Jid.of("romeo@montague.lit"), null, List.of(), Subscription.BOTH, false,
                Contact.Availability.AVAILABLE, null);
        AtomicReference<Optional<Set<String>>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(new GroupsDialog(stage, romeo, Set.of()).dialog().showAndWait()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("No groups yet: add one below.").tryQuery()).isPresent();
        assertThat(robot.lookup("#newGroup").query().isFocused()).as("ready to type a group").isTrue();
        robot.clickOn("#newGroup").write("Friends");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Friends").tryQuery()).as("Enter adds the group and keeps the dialog open").isPresent();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.get()).isEmpty();
    }
}
