package im.parley.xmpp.ext.bob;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * XEP-0231 examples 1 to 4 (5 and 6 are disco#info and hold no {@code <data/>}). The data of
 * examples 3 and 4 does not hash to their cid: the XEP hashed the Base64 text instead of the
 * bytes §4 names, so they are read as malformed, and round-tripped with the cid of their bytes.
 */
class BobCodecTest {
    private static final BobCodec CODEC = new BobCodec();
    private static final String EXAMPLE_CID = "sha1+8f35fef110ffc5df08d579a50083ff9308fb6242@bob.xmpp.org";
    /** The SHA-1 of the bytes of examples 3 and 4. */
    private static final String BYTES_CID = "sha1+4b97ce7f0f06a0e05999f3c719cd5b4f3da992a7@bob.xmpp.org";
    private static final String PNG = """
            iVBORw0KGgoAAAANSUhEUgAAAAoAAAAKCAYAAACNMs+9AAAABGdBTUEAALGP
            C/xhBQAAAAlwSFlzAAALEwAACxMBAJqcGAAAAAd0SU1FB9YGARc5KB0XV+IA
            AAAddEVYdENvbW1lbnQAQ3JlYXRlZCB3aXRoIFRoZSBHSU1Q72QlbgAAAF1J
            REFUGNO9zL0NglAAxPEfdLTs4BZM4DIO4C7OwQg2JoQ9LE1exdlYvBBeZ7jq
            ch9//q1uH4TLzw4d6+ErXMMcXuHWxId3KOETnnXXV6MJpcq2MLaI97CER3N0
            vr4MkhoXe0rZigAAAABJRU5ErkJggg==""";

    // XEP-0231 example 1, with the client namespace added.
    private static final String EXAMPLE_1 = """
            <message xmlns='jabber:client'
                     from='ladymacbeth@shakespeare.lit/castle'
                     to='macbeth@chat.shakespeare.lit'
                     type='groupchat'>
              <body>Yet here's a spot.</body>
              <html xmlns='http://jabber.org/protocol/xhtml-im'>
                <body xmlns='http://www.w3.org/1999/xhtml'>
                  <p>
                    Yet here's a spot.
                    <img alt='A spot'
                         src='cid:sha1+8f35fef110ffc5df08d579a50083ff9308fb6242@bob.xmpp.org'/>
                  </p>
                </body>
              </html>
            </message>""";
    // XEP-0231 example 2, with the client namespace added.
    private static final String EXAMPLE_2 = """
            <iq xmlns='jabber:client'
                from='doctor@shakespeare.lit/pda'
                id='get-data-1'
                to='ladymacbeth@shakespeare.lit/castle'
                type='get'>
              <data xmlns='urn:xmpp:bob'
                    cid='sha1+8f35fef110ffc5df08d579a50083ff9308fb6242@bob.xmpp.org'/>
            </iq>""";
    // XEP-0231 example 3, with the client namespace added.
    private static final String EXAMPLE_3 = """
            <iq xmlns='jabber:client'
                from='ladymacbeth@shakespeare.lit/castle'
                id='get-data-1'
                to='doctor@shakespeare.lit/pda'
                type='result'>
              <data xmlns='urn:xmpp:bob'
                    cid='sha1+8f35fef110ffc5df08d579a50083ff9308fb6242@bob.xmpp.org'
                    max-age='86400'
                    type='image/png'>
                iVBORw0KGgoAAAANSUhEUgAAAAoAAAAKCAYAAACNMs+9AAAABGdBTUEAALGP
                C/xhBQAAAAlwSFlzAAALEwAACxMBAJqcGAAAAAd0SU1FB9YGARc5KB0XV+IA
                AAAddEVYdENvbW1lbnQAQ3JlYXRlZCB3aXRoIFRoZSBHSU1Q72QlbgAAAF1J
                REFUGNO9zL0NglAAxPEfdLTs4BZM4DIO4C7OwQg2JoQ9LE1exdlYvBBeZ7jq
                ch9//q1uH4TLzw4d6+ErXMMcXuHWxId3KOETnnXXV6MJpcq2MLaI97CER3N0
                vr4MkhoXe0rZigAAAABJRU5ErkJggg==
              </data>
            </iq>""";
    // XEP-0231 example 4.
    private static final String EXAMPLE_4 = """
            <data xmlns='urn:xmpp:bob'
                  cid='sha1+8f35fef110ffc5df08d579a50083ff9308fb6242@bob.xmpp.org'
                  max-age='86400'
                  type='image/png'>
              iVBORw0KGgoAAAANSUhEUgAAAAoAAAAKCAYAAACNMs+9AAAABGdBTUEAALGP
              C/xhBQAAAAlwSFlzAAALEwAACxMBAJqcGAAAAAd0SU1FB9YGARc5KB0XV+IA
              AAAddEVYdENvbW1lbnQAQ3JlYXRlZCB3aXRoIFRoZSBHSU1Q72QlbgAAAF1J
              REFUGNO9zL0NglAAxPEfdLTs4BZM4DIO4C7OwQg2JoQ9LE1exdlYvBBeZ7jq
              ch9//q1uH4TLzw4d6+ErXMMcXuHWxId3KOETnnXXV6MJpcq2MLaI97CER3N0
              vr4MkhoXe0rZigAAAABJRU5ErkJggg==
            </data>""";

    private static BobData decoded(XmlElement data) {
        return CODEC.decode(data).valueIfAny().orElseThrow(() -> new AssertionError(CODEC.decode(data)));
    }

    private static XmlElement dataOf(String iqXml) throws Exception {
        Iq iq = XepExamples.stanza(iqXml);
        return iq.payload(BobData.ELEMENT, BobData.NAMESPACE).orElseThrow();
    }

    private static XmlElement withBytesCid(XmlElement data) {
        return data.withAttribute("cid", BYTES_CID);
    }

    private static void assertMalformed(Decoded<BobData> decoded, String reasonPart) {
        assertThat(decoded).isInstanceOfSatisfying(Decoded.Malformed.class, m -> {
            assertThat(m.condition()).isEqualTo(StanzaErrorCondition.BAD_REQUEST);
            assertThat(m.reason()).contains(reasonPart);
        });
    }

    @Test
    void example1RefersToTheDataThatExample2AsksFor() throws Exception {
        Message message = XepExamples.stanza(EXAMPLE_1);
        XmlElement img = message.payload("html", "http://jabber.org/protocol/xhtml-im").orElseThrow()
                .elements().get(0).elements().get(0).elements().get(0);

        assertThat(img.attributeOrNull("src")).startsWith("cid:");
        assertThat(ContentId.parse(img.attributeOrNull("src").substring("cid:".length())))
                .isEqualTo(decoded(dataOf(EXAMPLE_2)).cid());
    }

    @Test
    void roundTripsTheRequestOfExample2() throws Exception {
        BobData request = decoded(dataOf(EXAMPLE_2));

        assertThat(request).isEqualTo(BobData.request(ContentId.parse(EXAMPLE_CID)));
        assertThat(request.cid().algorithm()).isEqualTo("sha1");
        assertThat(request.size()).isZero();
        assertThat(request.type()).isNull();
        assertThat(decoded(CODEC.encode(request))).isEqualTo(request);
    }

    @Test
    void examples3And4NameTheirDataByTheHashOfItsBase64Text() throws Exception {
        String base64 = PNG.replaceAll("\\s+", "");

        assertMalformed(CODEC.decode(dataOf(EXAMPLE_3)), "do not hash to their cid");
        assertMalformed(CODEC.decode(XepExamples.element(EXAMPLE_4)), "do not hash to their cid");
        assertThat(ContentId.of(base64.getBytes(StandardCharsets.US_ASCII))).hasToString(EXAMPLE_CID);
    }

    @Test
    void roundTripsExamples3And4WithTheCidOfTheirBytes() throws Exception {
        for (XmlElement example : new XmlElement[] {dataOf(EXAMPLE_3), XepExamples.element(EXAMPLE_4)}) {
            BobData data = decoded(withBytesCid(example));

            assertThat(data.cid()).hasToString(BYTES_CID);
            assertThat(data.type()).isEqualTo("image/png");
            assertThat(data.maxAge()).isEqualTo(Duration.ofSeconds(86400));
            assertThat(data.size()).isEqualTo(247);
            assertThat(Arrays.copyOf(data.bytes(), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            assertThat(data.isVerified()).isTrue();
            assertThat(decoded(CODEC.encode(data))).isEqualTo(data);
        }
    }

    @Test
    void encodesBase64WithoutWhitespace() throws Exception {
        BobData data = decoded(withBytesCid(XepExamples.element(EXAMPLE_4)));

        assertThat(CODEC.encode(data).text()).isEqualTo(PNG.replaceAll("\\s+", ""));
    }

    @Test
    void sha256NamesAreCheckedToo() throws Exception {
        String good = "sha-256+2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824@bob.xmpp.org";
        String bad = "sha-256+" + "0".repeat(64) + "@bob.xmpp.org";
        String hello = "aGVsbG8=";

        BobData data = decoded(XepExamples.element("<data xmlns='urn:xmpp:bob' type='text/plain' cid='" + good + "'>"
                + hello + "</data>"));
        assertThat(data.isVerified()).isTrue();
        assertMalformed(CODEC.decode(XepExamples.element("<data xmlns='urn:xmpp:bob' type='text/plain' cid='" + bad
                + "'>" + hello + "</data>")), "do not hash to their cid");
    }

    @Test
    void dataUnderAHashWeDoNotCheckIsReadButNotVerified() throws Exception {
        BobData data = decoded(XepExamples.element("<data xmlns='urn:xmpp:bob' type='text/plain'"
                + " cid='sha3-256+0123456789abcdef@bob.xmpp.org'>aGVsbG8=</data>"));

        assertThat(data.cid().isVerifiable()).isFalse();
        assertThat(data.isVerified()).isFalse();
    }

    @Test
    void namesAreKeptInLowerCase() {
        assertThat(ContentId.parse(EXAMPLE_CID.toUpperCase(java.util.Locale.ROOT).replace("BOB.XMPP.ORG", "bob.xmpp.org")))
                .isEqualTo(ContentId.parse(EXAMPLE_CID));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<data xmlns='urn:xmpp:bob'/>",
            "<data xmlns='urn:xmpp:bob' cid='8f35fef110ffc5df08d579a50083ff9308fb6242@bob.xmpp.org'/>",
            "<data xmlns='urn:xmpp:bob' cid='sha1+8f35fef110ffc5df08d579a50083ff9308fb6242@example.org'/>",
            "<data xmlns='urn:xmpp:bob' cid='sha1+not-hex@bob.xmpp.org'/>",
            "<data xmlns='urn:xmpp:bob' cid='sha1+8f35fef1@bob.xmpp.org'/>",
            "<data xmlns='urn:xmpp:bob' cid='cid:sha1+8f35fef110ffc5df08d579a50083ff9308fb6242@bob.xmpp.org'/>",
            "<data xmlns='urn:xmpp:bob' max-age='-1' cid='" + EXAMPLE_CID + "'/>",
            "<data xmlns='urn:xmpp:bob' max-age='a day' cid='" + EXAMPLE_CID + "'/>",
            "<data xmlns='urn:xmpp:bob' max-age='99999999999999999999' cid='" + EXAMPLE_CID + "'/>",
            "<data xmlns='urn:xmpp:bob' type='image/png' cid='" + EXAMPLE_CID + "'>not base64!</data>",
            "<data xmlns='urn:xmpp:bob' cid='" + BYTES_CID + "'>aGVsbG8=</data>",
            "<data xmlns='urn:xmpp:bob' type='png' cid='" + BYTES_CID + "'>aGVsbG8=</data>"})
    void malformedDataIsABadRequest(String xml) throws Exception {
        assertMalformed(CODEC.decode(XepExamples.element(xml)), "");
    }

    @Test
    void otherElementsAreNotMine() throws Exception {
        assertThat(CODEC.decode(XepExamples.element("<data xmlns='jabber:x:data'/>"))).isInstanceOf(Decoded.NotMine.class);
    }
}
