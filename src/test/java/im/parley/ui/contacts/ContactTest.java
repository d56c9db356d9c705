package im.parley.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.im.Subscription;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactTest {
    private static Contact contact(Subscription subscription, boolean asked) {
        return new Contact(Jid.of("bob@example.org"), null, List.of(), subscription, asked, null, null);
    }

    @Test
    void offersToAskOnlyWhenPresenceIsNotSharedNorAskedFor() {
        assertThat(contact(Subscription.NONE, false).mayAskForPresence()).isTrue();
        assertThat(contact(Subscription.FROM, false).mayAskForPresence()).isTrue();
        assertThat(contact(Subscription.FROM, true).mayAskForPresence()).as("already waiting").isFalse();
        assertThat(contact(Subscription.TO, false).mayAskForPresence()).isFalse();
        assertThat(contact(Subscription.BOTH, false).mayAskForPresence()).isFalse();
        assertThat(contact(Subscription.NONE, false).statusLine()).isEqualTo("Presence not shared");
        assertThat(contact(Subscription.NONE, true).statusLine()).isEqualTo("Waiting for approval");
    }
}
