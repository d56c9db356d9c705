package im.parley.xmpp.stanza;

import static im.parley.xmpp.stanza.TestXml.parse;
import static im.parley.xmpp.stanza.TestXml.roundTrip;
import static im.parley.xmpp.stanza.TestXml.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

/** IQ stanzas (RFC 6120 §8.2.3): codec, structural rules and derived responses. */
class IqCodecTest {
    private static final String ROSTER = "jabber:iq:roster";

    private static void assertBadRequest(String xml) throws Exception {
        XmlElement e = parse(xml);
        assertThatThrownBy(() -> Stanza.fromXml(e)).as(xml).isInstanceOfSatisfying(StanzaFormatException.class,
                ex -> assertThat(ex.condition()).isEqualTo(StanzaErrorCondition.BAD_REQUEST));
    }

    @Test
    void roundTripKeepsTypeIdAddressesAndQuery() throws Exception {
        Iq sent = Iq.get(Jid.of("example.com"), XmlElement.builder("query", ROSTER).attribute("ver", "ver14").build())
                .toBuilder().id("bv1bs71f").from(Jid.of("juliet@example.com/chamber")).build();

        Iq read = (Iq) roundTrip(sent);

        assertThat(read.type()).isEqualTo(Iq.Type.GET);
        assertThat(read.id()).isEqualTo("bv1bs71f");
        assertThat(read.to()).isEqualTo(Jid.of("example.com"));
        assertThat(read.from()).isEqualTo(Jid.of("juliet@example.com/chamber"));
        assertThat(read.query()).hasValueSatisfying(q -> {
            assertThat(q.is("query", ROSTER)).isTrue();
            assertThat(q.attributeOrNull("ver")).isEqualTo("ver14");
        });
        assertThat(read.toXml()).isEqualTo(sent.toXml());
    }

    @Test
    void idIsRequired() throws Exception {
        assertBadRequest("<iq xmlns='jabber:client' type='get'><query xmlns='jabber:iq:roster'/></iq>");
        assertBadRequest("<iq xmlns='jabber:client' type='get' id=''><query xmlns='jabber:iq:roster'/></iq>");
        assertBadRequest("<iq xmlns='jabber:client' type='result'/>");
    }

    @Test
    void requestMustHaveExactlyOneChild() throws Exception {
        assertBadRequest("<iq xmlns='jabber:client' type='get' id='a'/>");
        assertBadRequest("<iq xmlns='jabber:client' type='set' id='a'>"
                + "<query xmlns='jabber:iq:roster'/><query xmlns='jabber:iq:version'/></iq>");
        assertBadRequest("<iq xmlns='jabber:client' type='get' id='a'>"
                + "<query xmlns='jabber:iq:roster'/><ping xmlns='urn:xmpp:ping'/></iq>");
    }

    @Test
    void responsesMayBeEmptyOrCarryQueryAndError() throws Exception {
        Iq empty = (Iq) stanza("<iq xmlns='jabber:client' type='result' id='a'/>");
        Iq error = (Iq) stanza("""
                <iq xmlns='jabber:client' type='error' id='a'>
                  <query xmlns='jabber:iq:roster'/>
                  <error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>
                </iq>""");

        assertThat(empty.query()).isEmpty();
        assertThat(error.query()).hasValueSatisfying(q -> assertThat(q.name()).isEqualTo("query"));
        assertThat(error.error()).hasValueSatisfying(
                e -> assertThat(e.condition()).isEqualTo(StanzaErrorCondition.ITEM_NOT_FOUND));
    }

    @Test
    void unknownTypeIsABadRequest() throws Exception {
        assertBadRequest("<iq xmlns='jabber:client' type='query' id='a'><ping xmlns='urn:xmpp:ping'/></iq>");
        assertBadRequest("<iq xmlns='jabber:client' id='a'><ping xmlns='urn:xmpp:ping'/></iq>");
    }

    @Test
    void invalidFromIsJidMalformed() throws Exception {
        XmlElement e = parse("<iq xmlns='jabber:client' type='result' id='a' from='juliet@@example.com'/>");

        assertThatThrownBy(() -> Stanza.fromXml(e)).isInstanceOfSatisfying(StanzaFormatException.class,
                ex -> assertThat(ex.condition()).isEqualTo(StanzaErrorCondition.JID_MALFORMED));
    }

    @Test
    void errorResponseGoesBackToTheSenderWithTheSameIdQueryAndError() throws Exception {
        Iq request = (Iq) stanza("""
                <iq xmlns='jabber:client' type='get' id='v1' from='romeo@example.net/orchard'
                    to='juliet@example.com/balcony'><query xmlns='jabber:iq:version'/></iq>""");

        Iq response = request.errorResponse(StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));

        assertThat(response.type()).isEqualTo(Iq.Type.ERROR);
        assertThat(response.id()).isEqualTo("v1");
        assertThat(response.to()).isEqualTo(request.from());
        if (response.from() != null) { // left for the server to stamp, or our own address
            assertThat(response.from()).isEqualTo(request.to());
        }
        assertThat(response.query()).isEqualTo(request.query());
        // it must also survive the wire
        Iq read = (Iq) roundTrip(response);
        assertThat(read.error()).hasValueSatisfying(e -> {
            assertThat(e.condition()).isEqualTo(StanzaErrorCondition.SERVICE_UNAVAILABLE);
            assertThat(e.type()).isEqualTo(StanzaError.Type.CANCEL);
        });
    }

    @Test
    void resultGoesBackToTheSenderWithTheSameId() throws Exception {
        Iq request = (Iq) stanza("<iq xmlns='jabber:client' type='get' id='p1' from='example.com'>"
                + "<ping xmlns='urn:xmpp:ping'/></iq>");

        Iq result = request.result();

        assertThat(result.type()).isEqualTo(Iq.Type.RESULT);
        assertThat(result.id()).isEqualTo("p1");
        assertThat(result.to()).isEqualTo(Jid.of("example.com"));
        assertThat(result.payloads()).isEmpty();
    }
}
