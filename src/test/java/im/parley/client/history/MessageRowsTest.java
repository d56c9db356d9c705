package im.parley.client.history;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.archive.NewMessage;
import im.parley.xmpp.ext.styling.MessageStyling;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

/** The archive row of a received message keeps the sender's wish to have its body shown as written. */
class MessageRowsTest {
    private static final Jid OWN = Jid.of("alice@example.org/desk");

    private static Message fromBob(boolean unstyled) {
        Message.Builder b = Message.builder().type(Message.Type.CHAT).from(Jid.of("bob@example.org/phone")).to(OWN)
                .id("m1").body("*as written*");
        if (unstyled) {
            b.payload(XmlElement.empty(MessageStyling.UNSTYLED, MessageStyling.NAMESPACE));
        }
        return b.build();
    }

    @Test
    void theUnstyledHintGoesIntoTheRow() {
        NewMessage hinted = MessageRows.of(OWN, fromBob(true), null, null);
        NewMessage plain = MessageRows.of(OWN, fromBob(false), null, null);
        assertThat(hinted.unstyled()).isTrue();
        assertThat(plain.unstyled()).isFalse();
        assertThat(MessageRows.read(hinted).unstyled()).as("kept when the row is marked read").isTrue();
    }
}
