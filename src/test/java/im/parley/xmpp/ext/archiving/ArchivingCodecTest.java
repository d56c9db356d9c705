package im.parley.xmpp.ext.archiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.archiving.ChatItem.Direction;
import im.parley.xmpp.ext.archiving.ChatItem.Line;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round trips of XEP-0136 1.3.1's own examples: collections (21, 27, 28, 44, 46), list requests
 * (38 to 40, 42) and the empty list (41), retrieve requests (43, 47). Prosody has no XEP-0136, so
 * these are the only tests of the package.
 */
class ArchivingCodecTest {
    private static final ChatCodec CHATS = new ChatCodec();
    private static final Jid JULIET_CHAMBER = Jid.of("juliet@capulet.com/chamber");
    private static final Instant START = Instant.parse("1469-07-21T02:56:15Z");

    // XEP-0136 example 21.
    static final String EXAMPLE_21 = """
            <iq type='set' id='up1'>
              <save xmlns='urn:xmpp:archive'>
                <chat with='juliet@capulet.com/chamber'
                      start='1469-07-21T02:56:15Z'
                      thread='damduoeg08'
                      subject='She speaks!'>
                  <from secs='0'><body>Art thou not Romeo, and a Montague?</body></from>
                  <to secs='11'><body>Neither, fair saint, if either thee dislike.</body></to>
                  <from secs='7'><body>How cam'st thou hither, tell me, and wherefore?</body></from>
                  <note utc='1469-07-21T03:04:35Z'>I think she might fancy me.</note>
                </chat>
              </save>
            </iq>""";
    // XEP-0136 example 27.
    static final String EXAMPLE_27 = """
            <iq type='set' id='up2'>
              <save xmlns='urn:xmpp:archive'>
                <chat with='juliet@capulet.com/chamber'
                      start='1469-07-21T02:56:15Z'
                      subject='She speaks!'>
                  <from utc='1469-07-21T00:32:29Z'><body>Art thou not Romeo, and a Montague?</body></from>
                  <to secs='11'><body>Neither, fair saint, if either thee dislike.</body></to>
                  <from secs='7'><body>How cam'st thou hither, tell me, and wherefore?</body></from>
                </chat>
              </save>
            </iq>""";
    // XEP-0136 example 28.
    static final String EXAMPLE_28 = """
            <iq type='set' id='up3'>
              <save xmlns='urn:xmpp:archive'>
                <chat with='balcony@house.capulet.com'
                      start='1469-07-21T03:16:37Z'>
                  <from secs='0' name='benvolio'><body>She will invite him to some supper.</body></from>
                  <from secs='6' name='mercutio'><body>A bawd, a bawd, a bawd! So ho!</body></from>
                  <from secs='3' name='romeo' jid='romeo@montague.net'><body>What hast thou found?</body></from>
                </chat>
              </save>
            </iq>""";
    // XEP-0136 example 38.
    static final String EXAMPLE_38 = """
            <iq type='get' id='juliet1'>
              <list xmlns='urn:xmpp:archive'
                    with='juliet@capulet.com'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>30</max>
                </set>
              </list>
            </iq>""";
    // XEP-0136 example 39.
    static final String EXAMPLE_39 = """
            <iq type='get' id='period1'>
              <list xmlns='urn:xmpp:archive'
                    with='juliet@capulet.com'
                    start='1469-07-21T02:00:00Z'
                    end='1479-07-21T04:00:00Z'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>30</max>
                </set>
              </list>
            </iq>""";
    // XEP-0136 example 40.
    static final String EXAMPLE_40 = """
            <iq type='get' id='list1'>
              <list xmlns='urn:xmpp:archive'
                    start='1469-07-21T02:00:00Z'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>30</max>
                </set>
              </list>
            </iq>""";
    // XEP-0136 example 41.
    static final String EXAMPLE_41 = """
            <iq type='result' to='romeo@montague.net/orchard' id='list1'>
              <list xmlns='urn:xmpp:archive'/>
            </iq>""";
    // XEP-0136 example 42.
    static final String EXAMPLE_42 = """
            <iq type='get' id='list2'>
              <list xmlns='urn:xmpp:archive'
                    start='1469-07-21T02:00:00Z'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>30</max>
                  <after>1469-07-21T03:16:37Zbalcony@house.capulet.com</after>
                </set>
              </list>
            </iq>""";
    // XEP-0136 example 43.
    static final String EXAMPLE_43 = """
            <iq type='get' id='page1'>
              <retrieve xmlns='urn:xmpp:archive'
                        with='juliet@capulet.com/chamber'
                        start='1469-07-21T02:56:15Z'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>100</max>
                </set>
              </retrieve>
            </iq>""";
    // XEP-0136 example 44 (its "[97 more messages]" stays as text, which carries no line).
    static final String EXAMPLE_44 = """
            <iq type='result' to='romeo@montague.net/orchard' id='page1'>
              <chat xmlns='urn:xmpp:archive'
                    with='juliet@capulet.com/chamber'
                    start='1469-07-21T02:56:15Z'
                    subject='She speaks!'
                    version='4'>
                <from secs='0'><body>Art thou not Romeo, and a Montague?</body></from>
                <to secs='11'><body>Neither, fair saint, if either thee dislike.</body></to>
                .
                [97 more messages]
                .
                <from secs='9'><body>How cam'st thou hither, tell me, and wherefore?</body></from>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <first index='0'>0</first>
                  <last>99</last>
                  <count>217</count>
                </set>
              </chat>
            </iq>""";
    // XEP-0136 example 46.
    static final String EXAMPLE_46 = """
            <iq type='result' to='romeo@montague.net/orchard' id='page1'>
              <chat xmlns='urn:xmpp:archive'
                    with='juliet@capulet.com/chamber'
                    start='1469-07-21T02:56:15Z'
                    subject='She speaks!'
                    version='5'/>
            </iq>""";
    // XEP-0136 example 47.
    static final String EXAMPLE_47 = """
            <iq type='get' id='page2'>
              <retrieve xmlns='urn:xmpp:archive'
                        with='juliet@capulet.com/chamber'
                        start='1469-07-21T02:56:15Z'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>100</max>
                  <after>99</after>
                </set>
              </retrieve>
            </iq>""";

    private static XmlElement payload(String iqXml) throws Exception {
        XmlElement first = XepExamples.element(iqXml).elements().get(0);
        return first.is("save", Archiving.NAMESPACE) ? first.elements().get(0) : first;
    }

    private static ChatCollection chat(XmlElement e) {
        ChatCollection first = CHATS.decode(e).valueIfAny().orElseThrow(() -> new AssertionError(CHATS.decode(e)));
        ChatCollection again = CHATS.decode(CHATS.encode(first)).valueIfAny().orElseThrow();
        assertThat(again).isEqualTo(first);
        return first;
    }

    @Test
    void roundTripsTheXepsCollections() throws Exception {
        assertThat(chat(payload(EXAMPLE_21))).isEqualTo(new ChatCollection(JULIET_CHAMBER, START, "She speaks!",
                "damduoeg08", null, List.of(
                Line.of(Direction.FROM, 0, "Art thou not Romeo, and a Montague?"),
                Line.of(Direction.TO, 11, "Neither, fair saint, if either thee dislike."),
                Line.of(Direction.FROM, 7, "How cam'st thou hither, tell me, and wherefore?"),
                new ChatItem.Note(Instant.parse("1469-07-21T03:04:35Z"), "I think she might fancy me.")), null));

        ChatCollection offline = chat(payload(EXAMPLE_27));
        assertThat(offline.items().get(0)).isEqualTo(new Line(Direction.FROM, null,
                Instant.parse("1469-07-21T00:32:29Z"), null, null, List.of("Art thou not Romeo, and a Montague?"),
                List.of()));
        assertThat(offline.lineTimes()).containsExactly(Instant.parse("1469-07-21T00:32:29Z"),
                Instant.parse("1469-07-21T00:32:40Z"), Instant.parse("1469-07-21T00:32:47Z"));

        ChatCollection room = chat(payload(EXAMPLE_28));
        assertThat(room.with()).isEqualTo(Jid.of("balcony@house.capulet.com"));
        assertThat(room.items()).extracting(i -> ((Line) i).name()).containsExactly("benvolio", "mercutio", "romeo");
        assertThat(((Line) room.items().get(2)).jid()).isEqualTo(Jid.of("romeo@montague.net"));

        ChatCollection page = chat(payload(EXAMPLE_44));
        assertThat(page.version()).isEqualTo(4);
        assertThat(page.items()).hasSize(3);
        assertThat(page.page()).isEqualTo(new Page("0", 0, "99", 217));
        assertThat(page.page().next(100)).contains(RetrieveQuery.fromXml(payload(EXAMPLE_47)).page());

        assertThat(chat(payload(EXAMPLE_46))).isEqualTo(ChatCollection.header(JULIET_CHAMBER, START, "She speaks!",
                null, 5));
    }

    @Test
    void roundTripsTheXepsListRequests() throws Exception {
        Jid juliet = Jid.of("juliet@capulet.com");
        Instant two = Instant.parse("1469-07-21T02:00:00Z");
        assertThat(listQuery(EXAMPLE_38)).isEqualTo(new ListQuery(juliet, null, null, false, PageRequest.first(30)));
        assertThat(listQuery(EXAMPLE_39)).isEqualTo(new ListQuery(juliet, two, Instant.parse("1479-07-21T04:00:00Z"),
                false, PageRequest.first(30)));
        assertThat(listQuery(EXAMPLE_40)).isEqualTo(new ListQuery(null, two, null, false, PageRequest.first(30)));
        assertThat(listQuery(EXAMPLE_42)).isEqualTo(new ListQuery(null, two, null, false,
                new PageRequest(30, "1469-07-21T03:16:37Zbalcony@house.capulet.com", null, null)));
    }

    private static ListQuery listQuery(String xml) throws Exception {
        ListQuery first = ListQuery.fromXml(payload(xml));
        assertThat(ListQuery.fromXml(first.toXml())).isEqualTo(first);
        return first;
    }

    @Test
    void roundTripsTheXepsRetrieveRequests() throws Exception {
        RetrieveQuery first = RetrieveQuery.fromXml(payload(EXAMPLE_43));
        assertThat(first).isEqualTo(new RetrieveQuery(JULIET_CHAMBER, START, PageRequest.first(100)));
        assertThat(RetrieveQuery.fromXml(first.toXml())).isEqualTo(first);
        assertThat(RetrieveQuery.fromXml(payload(EXAMPLE_47)))
                .isEqualTo(new RetrieveQuery(JULIET_CHAMBER, START, new PageRequest(100, "99", null, null)));
    }

    @Test
    void readsListsEmptyAndFull() throws Exception {
        assertThat(CollectionList.fromXml(payload(EXAMPLE_41))).isEqualTo(new CollectionList(List.of(), null));

        // Not an example of 1.3.1 (it shows none with collections): what §9.1 describes, the
        // collections of examples 46 and 28 as empty <chat/> elements, then the page.
        CollectionList listed = new CollectionList(List.of(
                ChatCollection.header(JULIET_CHAMBER, START, "She speaks!", null, 5),
                ChatCollection.header(Jid.of("balcony@house.capulet.com"), Instant.parse("1469-07-21T03:16:37Z"),
                        null, null, 0)),
                new Page("1469-07-21T02:56:15Zjuliet@capulet.com/chamber", 0,
                        "1469-07-21T03:16:37Zbalcony@house.capulet.com", 2));
        assertThat(CollectionList.fromXml(listed.toXml())).isEqualTo(listed);
        assertThat(listed.toXml().children("chat", Archiving.NAMESPACE)).allSatisfy(c ->
                assertThat(c.elements()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<chat xmlns='urn:xmpp:archive' start='1469-07-21T02:56:15Z'/>",
            "<chat xmlns='urn:xmpp:archive' with='juliet@capulet.com'/>",
            "<chat xmlns='urn:xmpp:archive' with='juliet@capulet.com' start='soon'/>",
            "<chat xmlns='urn:xmpp:archive' with='juliet@capulet.com' start='1469-07-21T02:56:15Z' version='-1'/>",
            "<chat xmlns='urn:xmpp:archive' with='juliet@capulet.com' start='1469-07-21T02:56:15Z'><to secs='1'/></chat>",
            "<chat xmlns='urn:xmpp:archive' with='juliet@capulet.com' start='1469-07-21T02:56:15Z'>"
                    + "<from secs='-3'><body>x</body></from></chat>",
    })
    void malformedCollectionsAreReported(String xml) throws Exception {
        assertThat(CHATS.decode(XepExamples.element(xml))).isInstanceOf(Decoded.Malformed.class);
    }

    @Test
    void aRequestMustAskForAPage() {
        assertThatThrownBy(() -> RetrieveQuery.fromXml(XepExamples.element("<retrieve xmlns='urn:xmpp:archive' "
                + "with='juliet@capulet.com' start='1469-07-21T02:56:15Z'>"
                + "<set xmlns='http://jabber.org/protocol/rsm'><count>3</count></set></retrieve>")))
                .isInstanceOf(PayloadFormatException.class);
        assertThatThrownBy(() -> ListQuery.fromXml(XepExamples.element("<list xmlns='urn:xmpp:archive' start='x'/>")))
                .isInstanceOf(PayloadFormatException.class);
    }
}
