package im.parley.xmpp.ext.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.disco.DiscoItems;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** XEP-0033 examples 1, 2, 4, 8 and 9, service discovery (§3.2) and bcc hiding. */
class AddressesTest {
    // XEP-0033 example 3 ("Message with an extended address").
    private static final String EXAMPLE_MESSAGE = """
            <message xmlns='jabber:client' to='multicast.jabber.org'>
               <addresses xmlns='http://jabber.org/protocol/address'>
                   <address type='to' jid='hildjj@jabber.org/Work' desc='Joe Hildebrand'/>
                   <address type='cc' jid='jer@jabber.org/Home' desc='Jeremie Miller'/>
               </addresses>
               <body>Hello, world!</body>
            </message>""";
    // XEP-0033 "Presence with an extended address".
    private static final String EXAMPLE_PRESENCE_HEADER = """
            <addresses xmlns='http://jabber.org/protocol/address'>
                <address type='bcc' jid='temas@jabber.org'/>
                <address type='bcc' jid='jer@jabber.org'/>
            </addresses>""";
    // XEP-0033 "Possible future extension".
    private static final String EXAMPLE_EXTENSION = """
            <addresses xmlns='http://jabber.org/protocol/address'>
                <address type='replyroom' jid='jdev@conference.jabber.org'/>
            </addresses>""";
    // XEP-0033 "Client sends message to local server with address header".
    private static final String EXAMPLE_CLIENT_SENDS = """
            <message xmlns='jabber:client' to='header1.org' from='a@header1.org/work'>
               <addresses xmlns='http://jabber.org/protocol/address'>
                 <address type='to'  jid='to@header1.org'/>
                 <address type='cc'  jid='cc@header1.org'/>
                 <address type='bcc' jid='bcc@header1.org'/>
                 <address type='to'  jid='to@header2.org'/>
                 <address type='cc'  jid='cc@header2.org'/>
                 <address type='bcc' jid='bcc@header2.org'/>
                 <address type='to'  jid='to@noheader.org'/>
                 <address type='cc'  jid='cc@noheader.org'/>
                 <address type='bcc' jid='bcc@noheader.org'/>
               </addresses>
               <body>Hello, World!</body>
            </message>""";
    // XEP-0033 "Server delivers to local addresses" (first message).
    private static final String EXAMPLE_DELIVERED = """
            <message xmlns='jabber:client' to='to@header1.org' from='a@header1.org/work'>
               <addresses xmlns='http://jabber.org/protocol/address'>
                  <address type='to' jid='to@header1.org' delivered='true'/>
                  <address type='cc' jid='cc@header1.org' delivered='true'/>
                  <address type='to' jid='to@header2.org' delivered='true'/>
                  <address type='cc' jid='cc@header2.org' delivered='true'/>
                  <address type='to' jid='to@noheader.org' delivered='true'/>
                  <address type='cc' jid='cc@noheader.org' delivered='true'/>
               </addresses>
               <body>Hello, World!</body>
            </message>""";

    private static XmlElement xml(String s) throws Exception {
        return XmlStreamParser.parseDocument(s.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    private static Message message(String s) throws Exception {
        return (Message) Stanza.fromXml(xml(s)).orElseThrow();
    }

    @Test
    void readsTheExampleMessageAndWritesItBack() throws Exception {
        XmlElement header = message(EXAMPLE_MESSAGE).payload("addresses", Addresses.NAMESPACE).orElseThrow();
        Addresses a = Addresses.fromXml(header);

        assertThat(a.addresses()).containsExactly(
                new Address(Address.Type.TO, Jid.of("hildjj@jabber.org/Work"), null, null, "Joe Hildebrand", false),
                new Address(Address.Type.CC, Jid.of("jer@jabber.org/Home"), null, null, "Jeremie Miller", false));
        // The example without its indentation whitespace.
        assertThat(a.toXml()).isEqualTo(xml("<addresses xmlns='http://jabber.org/protocol/address'>"
                + "<address type='to' jid='hildjj@jabber.org/Work' desc='Joe Hildebrand'/>"
                + "<address type='cc' jid='jer@jabber.org/Home' desc='Jeremie Miller'/></addresses>"));
        assertThat(Addresses.fromXml(a.toXml())).isEqualTo(a);
    }

    @Test
    void readsBccReplyroomAndDeliveredExamples() throws Exception {
        assertThat(Addresses.fromXml(xml(EXAMPLE_PRESENCE_HEADER)).ofType(Address.Type.BCC)).hasSize(2);
        assertThat(Addresses.fromXml(xml(EXAMPLE_EXTENSION)).addresses()).singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo(Address.Type.REPLYROOM));
        Addresses delivered = Addresses.forDisplay(message(EXAMPLE_DELIVERED)).orElseThrow();
        assertThat(delivered.addresses()).hasSize(6).allMatch(Address::delivered);
    }

    @Test
    void composesTheClientExampleThroughTheService() throws Exception {
        Message expected = message(EXAMPLE_CLIENT_SENDS);
        List<Jid> to = List.of(Jid.of("to@header1.org"), Jid.of("to@header2.org"), Jid.of("to@noheader.org"));
        List<Jid> cc = List.of(Jid.of("cc@header1.org"), Jid.of("cc@header2.org"), Jid.of("cc@noheader.org"));
        List<Jid> bcc = List.of(Jid.of("bcc@header1.org"), Jid.of("bcc@header2.org"), Jid.of("bcc@noheader.org"));

        Message m = Multicast.compose(Jid.of("header1.org"), Message.builder().body("Hello, World!"), to, cc, bcc);

        assertThat(m.to()).isEqualTo(expected.to());
        Addresses sent = Addresses.fromXml(m.payload("addresses", Addresses.NAMESPACE).orElseThrow());
        Addresses example = Addresses.fromXml(expected.payload("addresses", Addresses.NAMESPACE).orElseThrow());
        assertThat(sent.addresses()).containsExactlyInAnyOrderElementsOf(example.addresses());
    }

    @Test
    void bccIsNeverShownEvenWhenAServiceLeaksIt() throws Exception {
        Message leaky = message(EXAMPLE_CLIENT_SENDS);

        assertThat(Addresses.forDisplay(leaky).orElseThrow().addresses())
                .hasSize(6).noneMatch(a -> a.type() == Address.Type.BCC);
        Message stripped = Addresses.stripBcc(leaky);
        assertThat(stripped.toXml().toString()).doesNotContain("bcc@").contains("cc@header2.org");
        assertThat(stripped.body()).contains("Hello, World!");
    }

    @Test
    void malformedAddressesAreRefusedAndUnknownTypesSkipped() throws Exception {
        assertThatThrownBy(() -> Addresses.fromXml(xml(
                "<addresses xmlns='http://jabber.org/protocol/address'><address jid='a@b'/></addresses>")))
                .isInstanceOf(PayloadFormatException.class);
        assertThatThrownBy(() -> Addresses.fromXml(xml(
                "<addresses xmlns='http://jabber.org/protocol/address'><address type='to'/></addresses>")))
                .isInstanceOf(PayloadFormatException.class);
        assertThatThrownBy(() -> Addresses.fromXml(xml("<addresses xmlns='http://jabber.org/protocol/address'>"
                + "<address type='to' jid='a@b' uri='mailto:x@y'/></addresses>")))
                .isInstanceOf(PayloadFormatException.class);
        assertThat(Addresses.fromXml(xml("<addresses xmlns='http://jabber.org/protocol/address'>"
                + "<address type='future' jid='a@b'/></addresses>")).addresses()).isEmpty();
    }

    @Test
    void findsTheServerOrTheFirstItemWithTheFeature() throws Exception {
        Jid server = Jid.domain("header2.org");
        Jid other = Jid.domain("pubsub.header2.org");
        Jid mc = Jid.domain("multicast.header2.org");
        DiscoInfo with = new DiscoInfo(null, List.of(), List.of(Addresses.FEATURE), List.of());
        DiscoInfo without = new DiscoInfo(null, List.of(), List.of(), List.of());
        Map<Jid, DiscoInfo> infos = Map.of(server, without, other, without, mc, with);
        DiscoItems items = new DiscoItems(null, List.of(new DiscoItems.Item(Jid.domain("down.header2.org"), null, null),
                new DiscoItems.Item(other, null, null), new DiscoItems.Item(mc, null, null)));

        Multicast multicast = new Multicast(j -> infos.containsKey(j) ? CompletableFuture.completedFuture(infos.get(j))
                : CompletableFuture.failedFuture(new IllegalStateException("no answer")),
                j -> CompletableFuture.completedFuture(items));

        assertThat(multicast.findService(server).get()).contains(mc);
        Multicast serverDoesIt = new Multicast(j -> CompletableFuture.completedFuture(with),
                j -> CompletableFuture.failedFuture(new AssertionError("not asked")));
        assertThat(serverDoesIt.findService(server).get()).contains(server);
        Multicast none = new Multicast(j -> CompletableFuture.completedFuture(without),
                j -> CompletableFuture.completedFuture(items));
        assertThat(none.findService(server).get()).isEqualTo(Optional.empty());
    }
}
