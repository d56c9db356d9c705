package im.parley.xmpp.ext.nick;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import org.junit.jupiter.api.Test;

/** XEP-0172 examples 1, 3 and 4. */
class NickTest {
    // XEP-0172 examples 3 and 4, with the client namespace added.
    private static final String SUBSCRIBE = """
            <presence xmlns='jabber:client' from='narrator@moby-dick.lit' to='starbuck@moby-dick.lit' type='subscribe'>
              <nick xmlns='http://jabber.org/protocol/nick'>Ishmael</nick>
            </presence>""";
    private static final String FIRST_MESSAGE = """
            <message xmlns='jabber:client' from='narrator@moby-dick.lit/pda' to='starbuck@moby-dick.lit' type='chat'>
              <body>Call me Ishmael</body>
              <nick xmlns='http://jabber.org/protocol/nick'>Ishmael</nick>
            </message>""";

    @Test
    void readsTheXepExamples() throws Exception {
        assertThat(element("<nick xmlns='http://jabber.org/protocol/nick'>Ishmael</nick>")).isEqualTo(new Nick("Ishmael").toXml());
        assertThat(Nick.of((Presence) stanza(SUBSCRIBE))).contains(new Nick("Ishmael"));
        assertThat(Nick.of((Message) stanza(FIRST_MESSAGE))).contains(new Nick("Ishmael"));
        assertThat(Nick.of(Message.builder().payload(element("<nick xmlns='http://jabber.org/protocol/nick'> </nick>"))
                .build())).isEmpty();
    }

    @Test
    void attachesToSubscriptionRequestsAndMessagesOnly() throws Exception {
        Presence subscribe = Presence.builder().from(Jid.of("narrator@moby-dick.lit")).to(Jid.of("starbuck@moby-dick.lit"))
                .type(Presence.Type.SUBSCRIBE).build();
        assertThat(new Nick("Ishmael").attachTo(subscribe).toXml()).isEqualTo(((Presence) stanza(SUBSCRIBE)).toXml());
        Message first = Message.builder().from(Jid.of("narrator@moby-dick.lit/pda")).to(Jid.of("starbuck@moby-dick.lit"))
                .type(Message.Type.CHAT).body("Call me Ishmael").build();
        assertThat(new Nick("Ishmael").attachTo(first).toXml()).isEqualTo(((Message) stanza(FIRST_MESSAGE)).toXml());
        // Never in broadcasts (Use Cases): every contact would get it with each status change.
        assertThatThrownBy(() -> new Nick("Ishmael").attachTo(Presence.builder().build()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
