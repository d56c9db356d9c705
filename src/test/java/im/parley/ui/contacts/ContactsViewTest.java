package im.parley.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The contact list by keyboard: Enter opens a chat, Shift+F10 or the menu key the contact's menu. */
@ExtendWith(ApplicationExtension.class)
class ContactsViewTest {
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        ContactsViewModel model = new ContactsViewModel();
        model.rosterReplaced(List.of(RosterItem.of(Jid.of("juliet@capulet.lit"), "Juliet", Set.of("Friends")),
                RosterItem.of(Jid.of("romeo@montague.lit"), "Romeo", Set.of("Friends"))));
        ContactsView view = new ContactsView(model, new Recording(), jid -> new SimpleObjectProperty<>());
        stage.setScene(new Scene(view.root(), 320, 400));
        stage.show();
    }

    @Test
    void shiftF10OpensTheSelectedContactsMenuAndItsItemsWork(FxRobot robot) {
        robot.clickOn("Romeo");
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Rename…").tryQuery()).as("the menu is open").isPresent();
        robot.type(KeyCode.DOWN); // from the first item, which has the focus, to the second
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly("rename romeo@montague.lit");
    }

    @Test
    void theMenuKeyOpensItOnceAndEnterOnTheListChats(FxRobot robot) {
        robot.clickOn("Juliet");
        robot.type(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Details").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Details").tryQuery()).as("Escape closes it").isEmpty();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly("chat juliet@capulet.lit");
    }

    private final class Recording implements ContactsView.Actions {
        @Override
        public void chat(Jid contact) {
            asked.add("chat " + contact);
        }

        @Override
        public void rename(Contact contact) {
            asked.add("rename " + contact.jid());
        }

        @Override
        public void editGroups(Contact contact) {
            asked.add("groups " + contact.jid());
        }

        @Override
        public void askPresence(Contact contact) {
            asked.add("ask " + contact.jid());
        }

        @Override
        public void remove(Contact contact) {
            asked.add("remove " + contact.jid());
        }

        @Override
        public void block(Contact contact) {
            asked.add("block " + contact.jid());
        }

        @Override
        public void details(Contact contact) {
            asked.add("details " + contact.jid());
        }
    }
}
