package im.parley.xmpp.xml;

import static im.parley.xmpp.xml.RecordingListener.utf8;
import static im.parley.xmpp.xml.XmlStreamParserTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import im.parley.xmpp.stanza.StreamErrorCondition;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6120 §11.1 restrictions and resource limits: each attack fails fast with the right condition. */
class XmlStreamParserHostileTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @Test
    void billionLaughs() {
        String lol = "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
                + "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>"
                + "<!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>"
                + "<!ENTITY lol9 '&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;'>]>"
                + "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'><m>&lol9;</m>";
        assertFails(lol, StreamErrorCondition.RESTRICTED_XML);
    }

    @Test
    void doctype() {
        assertFails("<!DOCTYPE stream:stream>" + HEADER, StreamErrorCondition.RESTRICTED_XML);
        assertFails("<?xml version='1.0'?>\n<!DOCTYPE x>" + HEADER, StreamErrorCondition.RESTRICTED_XML);
    }

    @Test
    void externalEntity() {
        assertFails("<?xml version='1.0'?><!DOCTYPE foo SYSTEM \"file:///etc/passwd\">" + HEADER,
                StreamErrorCondition.RESTRICTED_XML);
        assertFails("<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + HEADER + "<m>&xxe;</m>",
                StreamErrorCondition.RESTRICTED_XML);
    }

    @Test
    void undeclaredEntity() {
        assertFails(HEADER + "<message><body>&e;</body></message>", StreamErrorCondition.RESTRICTED_XML);
        assertFails(HEADER + "<message to='&e;'/>", StreamErrorCondition.RESTRICTED_XML);
    }

    @Test
    void processingInstructions() {
        assertFails(HEADER + "<message><?php evil() ?></message>", StreamErrorCondition.RESTRICTED_XML);
        assertFails("<?xml version='1.0'?><?xml-stylesheet href='x'?>" + HEADER, StreamErrorCondition.RESTRICTED_XML);
    }

    @Test
    void comments() {
        assertFails(HEADER + "<message><!-- hi --></message>", StreamErrorCondition.RESTRICTED_XML);
        assertFails(HEADER + "<!-- between stanzas -->", StreamErrorCondition.RESTRICTED_XML);
        assertFails("<!-- before the root -->" + HEADER, StreamErrorCondition.RESTRICTED_XML);
    }

    @Test
    void tenMegabyteStanzaFailsAsSoonAsItPassesTheLimit() {
        XmlStreamParser parser = new XmlStreamParser(new RecordingListener(), Limits.defaults());
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        long[] fed = {0};
        XmlStreamException e = assertTimeoutPreemptively(PROMPTLY, () -> assertThrows(XmlStreamException.class, () -> {
            feed(parser, utf8(HEADER + "<message><body>"));
            while (fed[0] < 10L * 1024 * 1024) {
                parser.feed(chunk, 0, chunk.length);
                fed[0] += chunk.length;
            }
        }));
        assertThat(e.condition()).isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
        assertThat(fed[0]).as("bytes fed before the failure").isLessThanOrEqualTo(Limits.defaults().maxStanzaBytes());
    }

    @Test
    void endlessStartTagOrCommentHitsTheLimitToo() {
        String endless = "a".repeat(2 * 1024 * 1024);
        assertFails(HEADER + "<message to='" + endless, StreamErrorCondition.POLICY_VIOLATION);
        assertFails(HEADER + "<!--" + endless, StreamErrorCondition.POLICY_VIOLATION);
        assertFails("<?xml version='1.0'?>" + " ".repeat(2 * 1024 * 1024), StreamErrorCondition.POLICY_VIOLATION);
    }

    @Test
    void tenThousandDeepNesting() {
        assertFails(HEADER + "<a>".repeat(10_000), StreamErrorCondition.POLICY_VIOLATION);
    }

    @Test
    void nestingUpToTheLimitIsFine() throws XmlStreamException {
        int stanzaLevels = Limits.defaults().maxDepth() - 1; // the stream root is level 1
        RecordingListener listener = new RecordingListener();
        XmlStreamParser parser = new XmlStreamParser(listener, Limits.defaults());
        feed(parser, utf8(HEADER + "<a>".repeat(stanzaLevels) + "</a>".repeat(stanzaLevels)));
        assertThat(listener.elements()).hasSize(1);
        assertFails(HEADER + "<a>".repeat(stanzaLevels + 1), StreamErrorCondition.POLICY_VIOLATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C328", "FF", "C0AF", "EDA080", "F4908080", "E500AD", "F09F00", "F0"})
    void invalidUtf8(String hex) {
        byte[] prefix = utf8(HEADER + "<message><body>");
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] input = Arrays.copyOf(prefix, prefix.length + bad.length + 20);
        System.arraycopy(bad, 0, input, prefix.length, bad.length);
        Arrays.fill(input, prefix.length + bad.length, input.length, (byte) 'x');
        for (int chunk = 1; chunk <= 9; chunk++) { // splits the bad bytes every way
            assertFails(input, chunk, StreamErrorCondition.NOT_WELL_FORMED);
        }
        assertFails(input, input.length, StreamErrorCondition.NOT_WELL_FORMED);
    }

    @Test
    void encodingOtherThanUtf8() {
        assertFails("<?xml version='1.0' encoding='ISO-8859-1'?>" + HEADER.substring(21),
                StreamErrorCondition.UNSUPPORTED_ENCODING);
    }

    @Test
    void utf8DeclarationIsFine() throws XmlStreamException {
        RecordingListener.parse(utf8("<?xml version='1.0' encoding='utf-8'?>" + HEADER.substring(21)
                + "</stream:stream>"), 3);
    }

    @Test
    void wrongRoot() {
        assertFails(HEADER.replace("http://etherx.jabber.org/streams", "urn:wrong"), StreamErrorCondition.INVALID_NAMESPACE);
        assertFails("<stream xmlns='jabber:client'>", StreamErrorCondition.INVALID_NAMESPACE);
        assertFails("<stream:features xmlns:stream='http://etherx.jabber.org/streams'>",
                StreamErrorCondition.INVALID_NAMESPACE);
    }

    @Test
    void undeclaredPrefix() {
        assertFails(HEADER + "<message><foo:bar/></message>", StreamErrorCondition.BAD_NAMESPACE_PREFIX);
        assertFails(HEADER + "<message foo:bar='1'/>", StreamErrorCondition.BAD_NAMESPACE_PREFIX);
        assertFails("<stream:stream>", StreamErrorCondition.BAD_NAMESPACE_PREFIX);
    }

    @Test
    void unknownPayloadNamespacesAreKept() throws XmlStreamException {
        RecordingListener listener = new RecordingListener();
        XmlStreamParser parser = new XmlStreamParser(listener, Limits.defaults());
        feed(parser, utf8(HEADER + "<message><x xmlns='urn:unknown:1'><y q:z='2' xmlns:q='urn:q'/></x></message>"));
        XmlElement x = listener.elements().get(0).childIn("urn:unknown:1").orElseThrow();
        assertThat(x.child("y", "urn:unknown:1").orElseThrow().attributes()).containsEntry("{urn:q}z", "2");
    }

    @Test
    void mismatchedEndTag() {
        assertFails(HEADER + "<message><body></message></body>", StreamErrorCondition.NOT_WELL_FORMED);
        assertFails(HEADER + "</stream:features>", StreamErrorCondition.NOT_WELL_FORMED);
    }

    @Test
    void garbage() {
        assertFails(HEADER + "<message <<>>", StreamErrorCondition.NOT_WELL_FORMED);
        assertFails(HEADER + "<message>\u0001</message>", StreamErrorCondition.NOT_WELL_FORMED);
        assertFails("\uFEFF" + HEADER, StreamErrorCondition.NOT_WELL_FORMED);
    }

    @Test
    void everyCallAfterAnErrorFailsAgain() {
        XmlStreamParser parser = new XmlStreamParser(new RecordingListener(), Limits.defaults());
        byte[] bad = utf8(HEADER + "<message><!-- no --></message>");
        assertThat(assertThrows(XmlStreamException.class, () -> feed(parser, bad)).condition())
                .isEqualTo(StreamErrorCondition.RESTRICTED_XML);
        byte[] good = utf8("<message/>");
        assertThat(assertThrows(XmlStreamException.class, () -> feed(parser, good)).condition())
                .isEqualTo(StreamErrorCondition.RESTRICTED_XML);
        assertThat(assertThrows(XmlStreamException.class, parser::endOfInput).condition())
                .isEqualTo(StreamErrorCondition.RESTRICTED_XML);
        parser.reset();
        assertThrows(XmlStreamException.class, () -> feed(parser, utf8(HEADER)));
    }

    @Test
    void documentModeHasTheSameRestrictions() {
        assertDocumentFails("<!DOCTYPE body><body/>", StreamErrorCondition.RESTRICTED_XML);
        assertDocumentFails("<body>&e;</body>", StreamErrorCondition.RESTRICTED_XML);
        assertDocumentFails("<body><a:b/></body>", StreamErrorCondition.BAD_NAMESPACE_PREFIX);
        assertDocumentFails("<body>" + "<a>".repeat(100) + "</a>".repeat(100) + "</body>",
                StreamErrorCondition.POLICY_VIOLATION);
        assertDocumentFails("<body>" + "x".repeat(2 << 20) + "</body>", StreamErrorCondition.POLICY_VIOLATION);
    }

    private static void assertDocumentFails(String doc, StreamErrorCondition condition) {
        XmlStreamException e = assertTimeoutPreemptively(PROMPTLY, () -> assertThrows(XmlStreamException.class,
                () -> XmlStreamParser.parseDocument(utf8(doc), Limits.defaults())));
        assertThat(e.condition()).as(e.getMessage()).isEqualTo(condition);
    }

    private static void assertFails(String input, StreamErrorCondition condition) {
        byte[] bytes = utf8(input);
        assertFails(bytes, bytes.length, condition);
        assertFails(bytes, 1, condition);
        assertFails(bytes, 64 * 1024, condition);
    }

    /** Feeds in chunks and ends the input: some step must throw, promptly, with the condition. */
    private static void assertFails(byte[] input, int chunk, StreamErrorCondition condition) {
        XmlStreamParser parser = new XmlStreamParser(new RecordingListener(), Limits.defaults());
        XmlStreamException e = assertTimeoutPreemptively(PROMPTLY, () -> assertThrows(XmlStreamException.class, () -> {
            XmlStreamParserTest.feedInChunks(parser, input, chunk);
            parser.endOfInput();
        }));
        assertThat(e.condition()).as("chunk %d: %s", chunk, e.getMessage()).isEqualTo(condition);
        assertThat(assertThrows(XmlStreamException.class, () -> parser.feed(input, 0, 1)).condition())
                .isEqualTo(condition);
    }

    private static void feed(XmlStreamParser parser, byte[] input) throws XmlStreamException {
        parser.feed(input, 0, input.length);
    }
}
