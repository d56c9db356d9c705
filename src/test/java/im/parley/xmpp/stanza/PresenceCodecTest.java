package im.parley.xmpp.stanza;

import static im.parley.xmpp.stanza.TestXml.parse;
import static im.parley.xmpp.stanza.TestXml.roundTrip;
import static im.parley.xmpp.stanza.TestXml.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

/** Presence stanzas to and from XML (RFC 6121 §4). */
class PresenceCodecTest {

    private static Presence withPriority(String value) throws Exception {
        return (Presence) stanza("<presence xmlns='jabber:client'><priority>" + value + "</priority></presence>");
    }

    @Test
    void roundTripKeepsTypeShowStatusAndPriority() throws Exception {
        Presence sent = Presence.builder().from(Jid.of("juliet@example.com/balcony")).id("p1")
                .show(Presence.Show.DND).status("Wooing Romeo").priority(-5).build();

        Presence read = (Presence) roundTrip(sent);

        assertThat(read.type()).isEqualTo(Presence.Type.AVAILABLE);
        assertThat(read.toXml().attributeOrNull("type")).isNull();
        assertThat(read.show()).contains(Presence.Show.DND);
        assertThat(read.status()).contains("Wooing Romeo");
        assertThat(read.priority()).isEqualTo(-5);
        assertThat(read.toXml()).isEqualTo(sent.toXml());
    }

    @Test
    void decodesEveryDefinedType() throws Exception {
        for (Presence.Type type : Presence.Type.values()) {
            String attr = type.value() == null ? "" : " type='" + type.value() + "'";
            Presence p = (Presence) stanza("<presence xmlns='jabber:client' to='juliet@example.com'" + attr + "/>");

            assertThat(p.type()).isEqualTo(type);
        }
    }

    @Test
    void unknownTypeIsABadRequest() throws Exception {
        XmlElement bogus = parse("<presence xmlns='jabber:client' type='invisible'/>");

        assertThatThrownBy(() -> Stanza.fromXml(bogus)).isInstanceOfSatisfying(StanzaFormatException.class,
                e -> assertThat(e.condition()).isEqualTo(StanzaErrorCondition.BAD_REQUEST));
    }

    @Test
    void priorityIsClampedToItsRangeAndGarbageIsZero() throws Exception {
        assertThat(withPriority("1").priority()).isEqualTo(1);
        assertThat(withPriority(" 7 ").priority()).isEqualTo(7);
        assertThat(withPriority("-128").priority()).isEqualTo(-128);
        assertThat(withPriority("500").priority()).isEqualTo(127);
        assertThat(withPriority("-500").priority()).isEqualTo(-128);
        assertThat(withPriority("high").priority()).isZero();
        assertThat(withPriority("1.5").priority()).isZero();
        assertThat(withPriority("").priority()).isZero();
        assertThat(((Presence) stanza("<presence xmlns='jabber:client'/>")).priority()).isZero();
    }

    @Test
    void builderRefusesPriorityOutOfRange() {
        assertThatThrownBy(() -> Presence.builder().priority(128)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Presence.builder().priority(-129)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Presence.builder().priority(3).priority(4).build().payloads()).as("replaced, not added").hasSize(1);
    }

    @Test
    void showToleratesWhitespaceAndIgnoresUnknownValues() throws Exception {
        Presence away = (Presence) stanza("<presence xmlns='jabber:client'><show> away\n</show></presence>");
        Presence odd = (Presence) stanza("<presence xmlns='jabber:client'><show>busy</show></presence>");

        assertThat(away.show()).contains(Presence.Show.AWAY);
        assertThat(odd.show()).isEmpty();
    }
}
