package im.parley.xmpp.stanza;

import static im.parley.xmpp.stanza.TestXml.parse;
import static im.parley.xmpp.stanza.TestXml.roundTrip;
import static im.parley.xmpp.stanza.TestXml.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

/** Message stanzas to and from XML (RFC 6120 §8, RFC 6121 §5). */
class MessageCodecTest {
    private static final String CHATSTATES = "http://jabber.org/protocol/chatstates";

    @Test
    void roundTripKeepsAddressingTypeLanguageAndPayloads() throws Exception {
        Message sent = Message.builder()
                .to(Jid.of("juliet@example.com")).from(Jid.of("romeo@example.net/orchard")).id("m1")
                .type(Message.Type.CHAT).lang("en")
                .subject("Re: balcony").body("Art thou not <Romeo> & \"a Montague\"?").thread("e0ffe42b28561960c6b12b944a092794b9683a38")
                .payload(XmlElement.empty("active", CHATSTATES))
                .build();

        Message read = (Message) roundTrip(sent);

        assertThat(read.to()).isEqualTo(sent.to());
        assertThat(read.from()).isEqualTo(sent.from());
        assertThat(read.id()).isEqualTo("m1");
        assertThat(read.type()).isEqualTo(Message.Type.CHAT);
        assertThat(read.lang()).isEqualTo("en");
        assertThat(read.body()).contains("Art thou not <Romeo> & \"a Montague\"?");
        assertThat(read.subject()).contains("Re: balcony");
        assertThat(read.thread()).contains("e0ffe42b28561960c6b12b944a092794b9683a38");
        assertThat(read.payload("active", CHATSTATES)).isPresent();
        assertThat(read.toXml()).isEqualTo(sent.toXml());
    }

    @Test
    void decodesTheRfc6121Example() throws Exception {
        Message m = (Message) stanza("""
                <message xmlns='jabber:client' from='juliet@example.com/balcony' id='ktx72v49'
                         to='romeo@example.net' type='chat' xml:lang='en'>
                  <body>Art thou not Romeo, and a Montague?</body>
                </message>""");

        assertThat(m.from()).isEqualTo(Jid.of("juliet@example.com/balcony"));
        assertThat(m.to()).isEqualTo(Jid.of("romeo@example.net"));
        assertThat(m.type()).isEqualTo(Message.Type.CHAT);
        assertThat(m.body()).contains("Art thou not Romeo, and a Montague?");
    }

    @Test
    void bodyPrefersTheOneInTheStanzaLanguageOrWithoutLanguage() throws Exception {
        Message unmarkedLast = (Message) stanza("""
                <message xmlns='jabber:client' xml:lang='en'>
                  <body xml:lang='cs'>Pročež jsi ty, Romeo?</body>
                  <body>Wherefore art thou, Romeo?</body>
                </message>""");
        Message markedInStanzaLanguage = (Message) stanza("""
                <message xmlns='jabber:client' xml:lang='cs'>
                  <body xml:lang='en'>Wherefore art thou, Romeo?</body>
                  <body xml:lang='cs'>Pročež jsi ty, Romeo?</body>
                </message>""");
        Message onlyForeign = (Message) stanza("""
                <message xmlns='jabber:client' xml:lang='en'><body xml:lang='fr'>Où es-tu?</body></message>""");
        Message none = (Message) stanza("<message xmlns='jabber:client'><subject>s</subject></message>");

        assertThat(unmarkedLast.body()).contains("Wherefore art thou, Romeo?");
        assertThat(markedInStanzaLanguage.body()).contains("Pročež jsi ty, Romeo?");
        assertThat(onlyForeign.body()).contains("Où es-tu?");
        assertThat(none.body()).isEmpty();
    }

    @Test
    void absentOrUnknownTypeIsNormalAndWrittenWithoutType() throws Exception {
        Message unknown = (Message) stanza("<message xmlns='jabber:client' type='shout'><body>hi</body></message>");
        Message absent = (Message) stanza("<message xmlns='jabber:client'><body>hi</body></message>");

        assertThat(unknown.type()).isEqualTo(Message.Type.NORMAL);
        assertThat(absent.type()).isEqualTo(Message.Type.NORMAL);
        assertThat(unknown.toXml().attributeOrNull("type")).isNull();
        assertThat(((Message) stanza("<message xmlns='jabber:client' type='headline'/>")).type())
                .isEqualTo(Message.Type.HEADLINE);
    }

    @Test
    void errorMessageCarriesItsError() throws Exception {
        Message m = (Message) stanza("""
                <message xmlns='jabber:client' type='error' from='juliet@example.com' id='m1'>
                  <error type='cancel'>
                    <service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                  </error>
                </message>""");

        assertThat(m.type()).isEqualTo(Message.Type.ERROR);
        assertThat(m.error()).hasValueSatisfying(
                e -> assertThat(e.condition()).isEqualTo(StanzaErrorCondition.SERVICE_UNAVAILABLE));
    }

    @Test
    void invalidAddressIsJidMalformed() throws Exception {
        for (String bad : new String[]{"@example.com", "juliet@", "juliet@example.com/", "ju liet@example.com"}) {
            XmlElement from = parse("<message xmlns='jabber:client' from='" + bad + "'><body>x</body></message>");
            XmlElement to = parse("<message xmlns='jabber:client' to='" + bad + "'><body>x</body></message>");

            assertThatThrownBy(() -> Stanza.fromXml(from)).as(bad).isInstanceOfSatisfying(StanzaFormatException.class,
                    e -> assertThat(e.condition()).isEqualTo(StanzaErrorCondition.JID_MALFORMED));
            assertThatThrownBy(() -> Stanza.fromXml(to)).as(bad).isInstanceOfSatisfying(StanzaFormatException.class,
                    e -> assertThat(e.condition()).isEqualTo(StanzaErrorCondition.JID_MALFORMED));
        }
    }

    @Test
    void elementsOutsideTheClientNamespaceAreNotStanzas() throws Exception {
        assertThat(Stanza.fromXml(parse("<message xmlns='jabber:server'><body>x</body></message>"))).isEmpty();
        assertThat(Stanza.fromXml(parse("<enabled xmlns='urn:xmpp:sm:3'/>"))).isEmpty();
        assertThat(Stanza.fromXml(parse("<note xmlns='jabber:client'/>"))).isEmpty();
    }
}
