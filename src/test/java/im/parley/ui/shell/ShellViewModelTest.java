package im.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import org.junit.jupiter.api.Test;

/** Which conversation the main window opens for an address. */
class ShellViewModelTest {
    private final ShellViewModel shell = new ShellViewModel();

    @Test
    void aContactOrRoomOpensByItsBareJidAndAnOccupantInPrivateByTheOccupantJid() {
        shell.sidebarProperty().set(ShellViewModel.SidebarList.CONTACTS);
        shell.open(Jid.of("bob@example.org/phone"));
        assertThat(shell.openConversationProperty().get()).isEqualTo(Jid.of("bob@example.org"));
        assertThat(shell.sidebarProperty().get()).isEqualTo(ShellViewModel.SidebarList.CONVERSATIONS);

        Jid occupant = Jid.of("coven@chat.example.org/firstwitch");
        shell.openPrivate(occupant);
        assertThat(shell.openConversationProperty().get()).isEqualTo(occupant);

        shell.openStored(Jid.of("coven@chat.example.org"));
        assertThat(shell.openConversationProperty().get()).isEqualTo(Jid.of("coven@chat.example.org"));
        shell.openStored(occupant);
        assertThat(shell.openConversationProperty().get()).as("only a private conversation is stored under a full JID")
                .isEqualTo(occupant);
    }
}
