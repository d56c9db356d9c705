package im.parley.xmpp.ext.carbons;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** XEP-0280 examples 3, 6, 10, 11, 13 and 14, and forged copies. */
class CarbonsTest {
    private static final Jid ROMEO = Jid.of("romeo@montague.example/garden");

    // XEP-0280 example 3.
    private static final String EXAMPLE_3 = """
            <iq xmlns='jabber:client'
                from='romeo@montague.example/garden'
                id='enable1'
                type='set'>
              <enable xmlns='urn:xmpp:carbons:2'/>
            </iq>""";
    // XEP-0280 example 6.
    private static final String EXAMPLE_6 = """
            <iq xmlns='jabber:client'
                from='romeo@montague.example/garden'
                id='disable1'
                type='set'>
              <disable xmlns='urn:xmpp:carbons:2'/>
            </iq>""";
    // XEP-0280 example 10.
    private static final String EXAMPLE_10 = """
            <message xmlns='jabber:client'
                     from='romeo@montague.example'
                     to='romeo@montague.example/home'
                     type='chat'>
              <received xmlns='urn:xmpp:carbons:2'>
                <forwarded xmlns='urn:xmpp:forward:0'>
                  <message xmlns='jabber:client'
                           from='juliet@capulet.example/balcony'
                           to='romeo@montague.example/garden'
                           type='chat'>
                    <body>What man art thou that, thus bescreen'd in night, so stumblest on my counsel?</body>
                    <thread>0e3141cd80894871a68e6fe6b1ec56fa</thread>
                  </message>
                </forwarded>
              </received>
            </message>""";
    // XEP-0280 example 11: Tybalt's impersonation attack.
    private static final String EXAMPLE_11 = """
            <message xmlns='jabber:client'
                     from='tybalt@capulet.example/home'
                     to='romeo@montague.example'
                     type='chat'>
              <received xmlns='urn:xmpp:carbons:2'>
                <forwarded xmlns='urn:xmpp:forward:0'>
                  <message xmlns='jabber:client'
                           from='juliet@capulet.example/balcony'
                           to='romeo@montague.example/garden'
                           type='chat'>
                    <body>Thou shall meet me tonite, at our house's hall!</body>
                  </message>
                </forwarded>
              </received>
            </message>""";
    // XEP-0280 example 13.
    private static final String EXAMPLE_13 = """
            <message xmlns='jabber:client'
                    from='romeo@montague.example'
                    to='romeo@montague.example/garden'
                    type='chat'>
              <sent xmlns='urn:xmpp:carbons:2'>
                <forwarded xmlns='urn:xmpp:forward:0'>
                  <message xmlns='jabber:client'
                           to='juliet@capulet.example/balcony'
                           from='romeo@montague.example/home'
                           type='chat'>
                    <body>Neither, fair saint, if either thee dislike.</body>
                    <thread>0e3141cd80894871a68e6fe6b1ec56fa</thread>
                  </message>
                </forwarded>
              </sent>
            </message>""";
    // XEP-0280 example 14.
    private static final String EXAMPLE_14 = """
            <message xmlns='jabber:client'
                     from='romeo@montague.example/home'
                     to='juliet@capulet.example/home'
                     type='chat'>
              <body>Neither, fair saint, if either thee dislike.</body>
              <thread>0e3141cd80894871a68e6fe6b1ec56fa</thread>
              <private xmlns='urn:xmpp:carbons:2'/>
              <no-copy xmlns='urn:xmpp:hints'/>
            </message>""";

    private static Stanza stanza(String xml) throws Exception {
        return Stanza.fromXml(XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults()))
                .orElseThrow();
    }

    private static Message message(String xml) throws Exception {
        return (Message) stanza(xml);
    }

    @Test
    void enableAndDisableMatchExamples3And6() throws Exception {
        assertThat(Carbons.enableRequest().query()).isEqualTo(((Iq) stanza(EXAMPLE_3)).query());
        assertThat(Carbons.disableRequest().query()).isEqualTo(((Iq) stanza(EXAMPLE_6)).query());
        assertThat(Carbons.enableRequest().to()).as("sent to our own account").isNull();
        assertThat(Carbons.enableRequest().type()).isEqualTo(Iq.Type.SET);
    }

    @Test
    void unwrapsTheReceivedCopyOfExample10() throws Exception {
        CarbonCopy copy = Carbons.unwrap(message(EXAMPLE_10), Jid.of("romeo@montague.example/home")).orElseThrow();

        assertThat(copy.direction()).isEqualTo(CarbonCopy.Direction.RECEIVED);
        assertThat(copy.inner().from()).isEqualTo(Jid.of("juliet@capulet.example/balcony"));
        assertThat(copy.inner().to()).isEqualTo(ROMEO);
        assertThat(copy.inner().thread()).contains("0e3141cd80894871a68e6fe6b1ec56fa");
        assertThat(copy.inner().body()).hasValueSatisfying(b -> assertThat(b).startsWith("What man art thou"));
    }

    @Test
    void unwrapsTheSentCopyOfExample13() throws Exception {
        CarbonCopy copy = Carbons.unwrap(message(EXAMPLE_13), ROMEO).orElseThrow();

        assertThat(copy.direction()).isEqualTo(CarbonCopy.Direction.SENT);
        assertThat(copy.inner().to()).isEqualTo(Jid.of("juliet@capulet.example/balcony"));
        assertThat(copy.inner().body()).contains("Neither, fair saint, if either thee dislike.");
    }

    @Test
    void theForgedCopyOfExample11IsDropped() throws Exception {
        Message forged = message(EXAMPLE_11);

        assertThat(Carbons.unwrap(forged, ROMEO)).isEmpty();
        assertThat(Carbons.isCarbon(forged)).as("still recognisable, so it is not shown as a chat").isTrue();
    }

    @Test
    void onlyTheExactOwnBareJidMaySendCarbons() throws Exception {
        Message genuine = message(EXAMPLE_10);
        Message fromOwnResource = genuine.toBuilder().from(Jid.of("romeo@montague.example/home")).build();
        Message fromServer = genuine.toBuilder().from(Jid.of("montague.example")).build();
        Message fromNobody = genuine.toBuilder().from(null).build();
        Message fromOtherAccount = genuine.toBuilder().from(Jid.of("juliet@capulet.example")).build();

        assertThat(Carbons.unwrap(fromOwnResource, ROMEO)).isEmpty();
        assertThat(Carbons.unwrap(fromServer, ROMEO)).isEmpty();
        assertThat(Carbons.unwrap(fromNobody, ROMEO)).isEmpty();
        assertThat(Carbons.unwrap(fromOtherAccount, ROMEO)).isEmpty();
        assertThat(Carbons.unwrap(genuine, Jid.of("juliet@capulet.example/balcony"))).isEmpty();
    }

    @Test
    void aCarbonWithoutForwardedMessageIsNothing() throws Exception {
        Message empty = message("""
                <message xmlns='jabber:client' from='romeo@montague.example' to='romeo@montague.example/home'>
                  <received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'/></received>
                </message>""");

        assertThat(Carbons.unwrap(empty, ROMEO)).isEmpty();
        assertThat(Carbons.unwrap(message(EXAMPLE_14), ROMEO)).as("not a carbon at all").isEmpty();
    }

    @Test
    void wrapRoundTrips() throws Exception {
        CarbonCopy copy = Carbons.unwrap(message(EXAMPLE_13), ROMEO).orElseThrow();
        Message outer = Carbons.wrap(copy, ROMEO, ROMEO);

        CarbonCopy back = Carbons.unwrap(message(outer.toXml().toXml("")), ROMEO).orElseThrow();

        // Stanzas compare by their XML: they have no equals of their own.
        assertThat(back.direction()).isEqualTo(copy.direction());
        assertThat(back.inner().toXml()).isEqualTo(copy.inner().toXml());
    }

    @Test
    void privateHintsMatchExample14() throws Exception {
        Message example = message(EXAMPLE_14);
        Message built = Carbons.withoutCopies(Carbons.withoutCopies(Message.builder()
                .from(example.from()).to(example.to()).type(Message.Type.CHAT)
                .body("Neither, fair saint, if either thee dislike.").thread("0e3141cd80894871a68e6fe6b1ec56fa").build()));

        assertThat(built.payloads()).isEqualTo(example.payloads());
        assertThat(Carbons.isPrivate(built)).isTrue();
    }
}
