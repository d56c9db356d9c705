package im.parley.xmpp.xml;

import static im.parley.xmpp.xml.RecordingListener.CLOSED;
import static im.parley.xmpp.xml.RecordingListener.parse;
import static im.parley.xmpp.xml.RecordingListener.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.stanza.StreamErrorCondition;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class XmlStreamParserTest {
    static final String HEADER = "<?xml version='1.0'?>"
            + "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'"
            + " from='example.org' id='s-1' to='juliet@example.org' version='1.0' xml:lang='en'>";

    static final String STREAM = HEADER
            + "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
            + "<mechanism>SCRAM-SHA-1</mechanism><mechanism>PLAIN</mechanism></mechanisms>"
            + "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls></stream:features>"
            + " \n\t \n"
            + "<message from='romeo@example.net/orchard' to='juliet@example.org' type='chat' id='m1' xml:lang='en'>"
            + "<body>a &amp; b &lt; c &gt; d &quot;q&quot; &apos;s&apos; &#x41;&#66; 漢字 😀</body>"
            + "<thread>t1</thread><active xmlns='http://jabber.org/protocol/chatstates'/>"
            + "<delay xmlns='urn:xmpp:delay' from='example.org' stamp='2002-09-10T23:08:25Z'>Offline storage</delay>"
            + "</message>\n \n"
            + "<message id='m2' title='😀 &amp; &#x1F600;'><body><![CDATA[<not> & a tag]]> after</body>"
            + "<html xmlns='http://jabber.org/protocol/xhtml-im'><body xmlns='http://www.w3.org/1999/xhtml'>"
            + "<p style='font-weight:bold'>hi <em>there</em> 😀</p></body></html></message>"
            + "<presence><show>away</show><status xml:lang='fr'>absent — café</status>"
            + "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://parley.im' ver='QgayPKaw='/>"
            + "<x xmlns:foo='urn:foo' foo:bar='baz'/></presence> "
            + "<iq type='result' id='r1'><query xmlns='jabber:iq:roster' ver='v1'>"
            + "<item jid='nurse@example.com' name='Nurse 🏥' subscription='both'><group>Servants</group></item>"
            + "</query></iq>\n"
            + "</stream:stream>";

    @Test
    void realisticStreamInOneChunk() throws XmlStreamException {
        List<Object> events = parse(utf8(STREAM), Integer.MAX_VALUE);

        assertThat(events).hasSize(7);
        assertThat(events.get(0)).isEqualTo(new StreamHeader("stream", XmlStreamParser.STREAMS_NAMESPACE,
                "jabber:client", Map.of("from", "example.org", "id", "s-1", "to", "juliet@example.org",
                        "version", "1.0", "xml:lang", "en")));
        assertThat(events.get(6)).isEqualTo(CLOSED);

        XmlElement features = (XmlElement) events.get(1);
        assertThat(features.is("features", XmlStreamParser.STREAMS_NAMESPACE)).isTrue();
        assertThat(features.child("mechanisms", "urn:ietf:params:xml:ns:xmpp-sasl").orElseThrow()
                .children("mechanism", "urn:ietf:params:xml:ns:xmpp-sasl")).extracting(XmlElement::text)
                .containsExactly("SCRAM-SHA-1", "PLAIN");

        XmlElement expected = XmlElement.builder("message", "jabber:client")
                .attribute("from", "romeo@example.net/orchard").attribute("to", "juliet@example.org")
                .attribute("type", "chat").attribute("id", "m1").attribute("xml:lang", "en")
                .child(XmlElement.ofText("body", "jabber:client", "a & b < c > d \"q\" 's' AB 漢字 😀"))
                .child(XmlElement.ofText("thread", "jabber:client", "t1"))
                .child(XmlElement.empty("active", "http://jabber.org/protocol/chatstates"))
                .child(XmlElement.builder("delay", "urn:xmpp:delay").attribute("from", "example.org")
                        .attribute("stamp", "2002-09-10T23:08:25Z").text("Offline storage").build())
                .build();
        assertThat(events.get(2)).isEqualTo(expected);

        XmlElement second = (XmlElement) events.get(3);
        assertThat(second.attributeOrNull("title")).isEqualTo("😀 & 😀");
        assertThat(second.childText("body", "jabber:client")).contains("<not> & a tag after");
        XmlElement p = second.child("html", "http://jabber.org/protocol/xhtml-im").orElseThrow()
                .child("body", "http://www.w3.org/1999/xhtml").orElseThrow()
                .child("p", "http://www.w3.org/1999/xhtml").orElseThrow();
        assertThat(p.children()).containsExactly(new XmlText("hi "),
                XmlElement.ofText("em", "http://www.w3.org/1999/xhtml", "there"), new XmlText(" 😀"));

        XmlElement presence = (XmlElement) events.get(4);
        assertThat(presence.child("status", "jabber:client").orElseThrow().attributes())
                .isEqualTo(Map.of("xml:lang", "fr"));
        assertThat(presence.childText("status", "jabber:client")).contains("absent — café");
        assertThat(presence.child("x", "jabber:client").orElseThrow().attributes())
                .isEqualTo(Map.of("{urn:foo}bar", "baz"));

        XmlElement iq = (XmlElement) events.get(5);
        assertThat(iq.child("query", "jabber:iq:roster").orElseThrow()
                .child("item", "jabber:iq:roster").orElseThrow().attributeOrNull("name")).isEqualTo("Nurse 🏥");
    }

    @Test
    void everyFixedChunkSizeGivesTheSameEvents() throws XmlStreamException {
        byte[] bytes = utf8(STREAM);
        List<Object> expected = parse(bytes, bytes.length);
        for (int chunk = 1; chunk <= bytes.length; chunk++) {
            assertThat(parse(bytes, chunk)).as("chunk size %d", chunk).isEqualTo(expected);
        }
    }

    @Test
    void randomChunkSizesGiveTheSameEvents() throws XmlStreamException {
        byte[] bytes = utf8(STREAM);
        List<Object> expected = parse(bytes, bytes.length);
        Random random = new Random(20240611);
        for (int run = 0; run < 300; run++) {
            int maxChunk = 1 + random.nextInt(run % 2 == 0 ? 8 : 300);
            assertThat(RecordingListener.parseRandomly(bytes, random, maxChunk)).as("run %d", run).isEqualTo(expected);
        }
    }

    @Test
    void multiByteCharactersSplitAtEveryByte() throws XmlStreamException {
        String text = "😀漢字é🏥𝄞";
        byte[] bytes = utf8(HEADER + "<message title='" + text + "'><body>" + text + "</body></message>");
        for (int split = 1; split < bytes.length; split++) {
            RecordingListener listener = new RecordingListener();
            XmlStreamParser parser = new XmlStreamParser(listener, Limits.defaults());
            parser.feed(bytes, 0, split);
            parser.feed(bytes, split, bytes.length - split);
            XmlElement message = listener.elements().get(0);
            assertThat(message.attributeOrNull("title")).as("split at %d", split).isEqualTo(text);
            assertThat(message.childText("body", "jabber:client")).as("split at %d", split).contains(text);
        }
    }

    @Test
    void whitespaceKeepAlivesNeverCountTowardsTheStanzaLimit() throws XmlStreamException {
        RecordingListener listener = new RecordingListener();
        XmlStreamParser parser = new XmlStreamParser(listener, new Limits(1024, 64));
        parser.feed(utf8(HEADER), 0, utf8(HEADER).length);
        byte[] spaces = utf8(" \n".repeat(32 * 1024));
        for (int i = 0; i < 80; i++) { // 5 MiB of keep-alives, 5000 times the limit
            parser.feed(spaces, 0, spaces.length);
        }
        byte[] message = utf8("<message><body>still here</body></message>");
        parser.feed(message, 0, message.length);
        assertThat(listener.elements()).hasSize(1);
    }

    @Test
    void stanzaOfExactlyTheLimitPassesAndOneByteMoreFails() throws XmlStreamException {
        // larger than the stream header, which is held to the same limit
        String stanza = "<message><body>" + "x".repeat(400) + "</body></message>";
        int size = utf8(stanza).length;
        for (int chunk : new int[] {1, 7, 64, 10_000}) {
            byte[] input = utf8(HEADER + "\n" + stanza + " " + stanza + "</stream:stream>");
            XmlStreamParser exact = new XmlStreamParser(new RecordingListener(), new Limits(size, 64));
            feedInChunks(exact, input, chunk);
            exact.endOfInput();

            XmlStreamParser tooSmall = new XmlStreamParser(new RecordingListener(), new Limits(size - 1, 64));
            assertThatThrownBy(() -> feedInChunks(tooSmall, input, chunk))
                    .isInstanceOf(XmlStreamException.class)
                    .extracting(e -> ((XmlStreamException) e).condition())
                    .isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
        }
    }

    @Test
    void resetStartsANewDocumentAsAfterStartTls() throws XmlStreamException {
        RecordingListener listener = new RecordingListener();
        XmlStreamParser parser = new XmlStreamParser(listener, Limits.defaults());
        byte[] first = utf8(HEADER + "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
                + "</stream:features><proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        parser.feed(first, 0, first.length);
        parser.reset();
        byte[] second = utf8(HEADER.replace("s-1", "s-2") + "<message><body>secure</body></message>");
        parser.feed(second, 0, second.length);

        assertThat(listener.events).hasSize(5);
        assertThat(((StreamHeader) listener.events.get(3)).attributes()).containsEntry("id", "s-2");
        assertThat(listener.elements().get(2).childText("body", "jabber:client")).contains("secure");
    }

    @Test
    void resetFromInsideACallbackParsesTheRestOfTheChunkAsTheNewStream() throws XmlStreamException {
        RecordingListener recorder = new RecordingListener();
        XmlStreamParser[] parser = new XmlStreamParser[1];
        parser[0] = new XmlStreamParser(new XmlStreamParser.Listener() {
            @Override
            public void streamOpened(StreamHeader header) {
                recorder.streamOpened(header);
            }

            @Override
            public void element(XmlElement element) {
                recorder.element(element);
                if (element.name().equals("success")) {
                    parser[0].reset();
                }
            }

            @Override
            public void streamClosed() {
                recorder.streamClosed();
            }
        }, Limits.defaults());
        byte[] all = utf8(HEADER + "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"
                + HEADER.replace("s-1", "s-2") + "<message/></stream:stream>");
        for (int chunk : new int[] {all.length, 5}) {
            recorder.events.clear();
            parser[0].reset();
            feedInChunks(parser[0], all, chunk);
            parser[0].endOfInput();
            assertThat(recorder.events).as("chunk %d", chunk).hasSize(5);
            assertThat(((StreamHeader) recorder.events.get(2)).attributes()).containsEntry("id", "s-2");
            assertThat(recorder.events.get(4)).isEqualTo(CLOSED);
        }
    }

    @Test
    void endOfInputIsCleanAfterTheCloseOrBeforeAnyByte() throws XmlStreamException {
        parse(utf8(STREAM + "\n  "), 100);
        XmlStreamParser parser = new XmlStreamParser(new RecordingListener(), Limits.defaults());
        parser.endOfInput();
        assertThatThrownBy(() -> parser.feed(new byte[1], 0, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void endOfInputInsideTheStreamIsNotWellFormed() {
        byte[] halfEmoji = Arrays.copyOf(utf8(HEADER + "<message><body>😀"), utf8(HEADER).length + 17);
        for (byte[] cut : List.of(utf8(HEADER), utf8(HEADER + "<message><body>hal"), utf8("<?xml version='1.0'?>"),
                halfEmoji)) {
            assertThatThrownBy(() -> parse(cut, 3))
                    .as(new String(cut, StandardCharsets.UTF_8))
                    .isInstanceOf(XmlStreamException.class)
                    .extracting(e -> ((XmlStreamException) e).condition())
                    .isEqualTo(StreamErrorCondition.NOT_WELL_FORMED);
        }
    }

    @Test
    void aListenerExceptionPropagatesAndStopsTheParser() {
        XmlStreamParser parser = new XmlStreamParser(new RecordingListener() {
            @Override
            public void element(XmlElement element) {
                throw new IllegalStateException("listener bug");
            }
        }, Limits.defaults());
        byte[] input = utf8(HEADER + "<message/><message/>");
        assertThatThrownBy(() -> parser.feed(input, 0, input.length)).hasMessage("listener bug");
        assertThatThrownBy(() -> parser.feed(input, 0, 1)).isInstanceOf(XmlStreamException.class);
    }

    @Test
    void parseDocumentAcceptsAnyRootAndReturnsIt() throws XmlStreamException {
        XmlElement body = XmlStreamParser.parseDocument(utf8(
                "<body xmlns='http://jabber.org/protocol/httpbind' rid='1' xmlns:xmpp='urn:xmpp:xbosh' xmpp:version='1.0'>"
                        + "<message xmlns='jabber:client'><body>hi</body></message></body>"), Limits.defaults());

        assertThat(body.is("body", "http://jabber.org/protocol/httpbind")).isTrue();
        assertThat(body.attributes()).isEqualTo(Map.of("rid", "1", "{urn:xmpp:xbosh}version", "1.0"));
        assertThat(body.child("message", "jabber:client").orElseThrow().childText("body", "jabber:client"))
                .contains("hi");
    }

    @Test
    void parseDocumentRejectsTruncatedOrDoubleRoots() {
        for (String doc : new String[] {"", "<body>", "<body/><body/>", "<body/>text"}) {
            assertThatThrownBy(() -> XmlStreamParser.parseDocument(utf8(doc), Limits.defaults()))
                    .as(doc)
                    .isInstanceOf(XmlStreamException.class)
                    .extracting(e -> ((XmlStreamException) e).condition())
                    .isEqualTo(StreamErrorCondition.NOT_WELL_FORMED);
        }
    }

    static void feedInChunks(XmlStreamParser parser, byte[] input, int chunk) throws XmlStreamException {
        for (int off = 0; off < input.length; off += chunk) {
            parser.feed(input, off, Math.min(chunk, input.length - off));
        }
    }
}
