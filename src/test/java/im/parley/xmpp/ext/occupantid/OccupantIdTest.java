package im.parley.xmpp.ext.occupantid;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.stanza.Message;
import org.junit.jupiter.api.Test;

/** XEP-0421 1.0.1 example 6, and ids the room could not have meant. */
class OccupantIdTest {
    // XEP-0421 example 6, "Service reflects message to all occupants", with the client namespace added.
    static final String EXAMPLE_6 = """
            <message xmlns='jabber:client'
                from='coven@chat.shakespeare.lit/thirdwitch'
                id='hysf1v37'
                to='crone1@shakespeare.lit/desktop'
                type='groupchat'>
              <body>Harpier cries: 'tis time, 'tis time.</body>
              <occupant-id xmlns="urn:xmpp:occupant-id:0" id="dd72603deec90a38ba552f7c68cbcc61bca202cd" />
            </message>""";

    @Test
    void readsTheRoomsIdAndWritesItBack() throws Exception {
        Message m = XepExamples.stanza(EXAMPLE_6);
        OccupantId id = OccupantId.of(m).orElseThrow();
        assertThat(id.id()).isEqualTo("dd72603deec90a38ba552f7c68cbcc61bca202cd");
        assertThat(id.toXml()).isEqualTo(m.payload("occupant-id", OccupantId.NAMESPACE).orElseThrow());
    }

    @Test
    void emptyOrOversizedIdsAreIgnored() throws Exception {
        Message empty = XepExamples.stanza(EXAMPLE_6.replace("dd72603deec90a38ba552f7c68cbcc61bca202cd", ""));
        assertThat(OccupantId.of(empty)).isEmpty();
        Message huge = XepExamples.stanza(EXAMPLE_6.replace("dd72603deec90a38ba552f7c68cbcc61bca202cd", "a".repeat(300)));
        assertThat(OccupantId.of(huge)).isEmpty();
    }
}
