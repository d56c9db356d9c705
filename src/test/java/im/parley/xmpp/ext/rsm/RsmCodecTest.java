package im.parley.xmpp.ext.rsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * XEP-0059 examples 1 and 3 to 19 (every one with a {@code <set/>}; 2, 20 and 21 have none), the
 * paging helpers against the examples that follow each other, and malformed sets.
 */
class RsmCodecTest {
    private static final String NS = "xmlns='http://jabber.org/protocol/rsm'";
    private static final RsmCodec CODEC = new RsmCodec();

    // XEP-0059 example 1, with the client namespace added.
    static final String EXAMPLE_1 = """
            <iq xmlns='jabber:client' type='set' from='stpeter@jabber.org/roundabout' to='users.jabber.org' id='limit1'>
              <query xmlns='jabber:iq:search'>
                <nick>Pete</nick>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>10</max>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 3, with the client namespace added.
    static final String EXAMPLE_3 = """
            <iq xmlns='jabber:client' type='set' from='stpeter@jabber.org/roundabout' to='users.jabber.org' id='page1'>
              <query xmlns='jabber:iq:search'>
                <nick>Pete</nick>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>10</max>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 4, with the client namespace added.
    static final String EXAMPLE_4 = """
            <iq xmlns='jabber:client' type='result' from='users.jabber.org' to='stpeter@jabber.org/roundabout' id='page1'>
              <query xmlns='jabber:iq:search'>
                <item jid='stpeter@jabber.org'>
                  <first>Peter</first>
                  <last>Saint-Andre</last>
                  <nick>Pete</nick>
                </item>
                .
                [8 more items]
                .
                <item jid='peterpan@neverland.lit'>
                  <first>Peter</first>
                  <last>Pan</last>
                  <nick>Pete</nick>
                </item>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <first index='0'>stpeter@jabber.org</first>
                  <last>peterpan@neverland.lit</last>
                  <count>800</count>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 5, with the client namespace added.
    static final String EXAMPLE_5 = """
            <iq xmlns='jabber:client' type='set' from='stpeter@jabber.org/roundabout' to='users.jabber.org' id='page2'>
              <query xmlns='jabber:iq:search'>
                <nick>Pete</nick>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>10</max>
                  <after>peterpan@neverland.lit</after>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 6, with the client namespace added.
    static final String EXAMPLE_6 = """
            <iq xmlns='jabber:client' type='result' from='users.jabber.org' to='stpeter@jabber.org/roundabout' id='page2'>
              <query xmlns='jabber:iq:search'>
                <item jid='peter@pixyland.org'>
                  <first>Peter</first>
                  <last>Pan</last>
                  <nick>Pete</nick>
                </item>
                .
                [8 more items]
                .
                <item jid='peter@rabbit.lit'>
                  <first>Peter</first>
                  <last>Rabbit</last>
                  <nick>Pete</nick>
                </item>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <first index='10'>peter@pixyland.org</first>
                  <last>peter@rabbit.lit</last>
                  <count>800</count>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 7, with the client namespace added.
    static final String EXAMPLE_7 = """
            <iq xmlns='jabber:client' type='result' from='users.jabber.org' to='stpeter@jabber.org/roundabout' id='page80'>
              <query xmlns='jabber:iq:search'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <count>790</count>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 8, with the client namespace added.
    static final String EXAMPLE_8 = """
            <iq xmlns='jabber:client' type='set' from='stpeter@jabber.org/roundabout' to='users.jabber.org' id='back1'>
              <query xmlns='jabber:iq:search'>
                <nick>Pete</nick>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>10</max>
                  <before>peter@pixyland.org</before>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 9, with the client namespace added.
    static final String EXAMPLE_9 = """
            <iq xmlns='jabber:client' type='result' from='users.jabber.org' to='stpeter@jabber.org/roundabout' id='back1'>
              <query xmlns='jabber:iq:search'>
                <item jid='stpeter@jabber.org'>
                  <first>Peter</first>
                  <last>Saint-Andre</last>
                  <nick>Pete</nick>
                </item>
                .
                [8 more items]
                .
                <item jid='peterpan@neverland.lit'>
                  <first>Peter</first>
                  <last>Pan</last>
                  <nick>Pete</nick>
                </item>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <first index='0'>stpeter@jabber.org</first>
                  <last>peterpan@neverland.lit</last>
                  <count>800</count>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 10, with the client namespace added.
    static final String EXAMPLE_10 = """
            <iq xmlns='jabber:client' type='error' from='users.jabber.org' to='stpeter@jabber.org/roundabout' id='page2'>
              <query xmlns='jabber:iq:search'>
                <nick>Pete</nick>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>10</max>
                  <after>peterpan@neverland.lit</after>
                </set>
              </query>
              <error type='cancel'>
                <item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
              </error>
            </iq>""";
    // XEP-0059 example 11, with the client namespace added.
    static final String EXAMPLE_11 = """
            <iq xmlns='jabber:client' type='set' from='stpeter@jabber.org/roundabout' to='users.jabber.org' id='page1'>
              <query xmlns='jabber:iq:search'>
                <nick>Pete</nick>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>10</max>
                  <before/>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 12, with the client namespace added.
    static final String EXAMPLE_12 = """
            <iq xmlns='jabber:client' type='set' from='stpeter@jabber.org/roundabout' to='users.jabber.org' id='index10'>
              <query xmlns='jabber:iq:search'>
                <nick>Pete</nick>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>10</max>
                  <index>371</index>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 13, with the client namespace added.
    static final String EXAMPLE_13 = """
            <iq xmlns='jabber:client' type='result' from='users.jabber.org' to='stpeter@jabber.org/roundabout' id='index10'>
              <query xmlns='jabber:iq:search'>
                <item jid='peter@pixyland.org'>
                  <first>Peter</first>
                  <last>Pan</last>
                  <nick>Pete</nick>
                </item>
                .
                [8 more items]
                .
                <item jid='peter@rabbit.lit'>
                  <first>Peter</first>
                  <last>Rabbit</last>
                  <nick>Pete</nick>
                </item>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <first index='371'>peter@pixyland.org</first>
                  <last>peter@rabbit.lit</last>
                  <count>800</count>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 14, with the client namespace added.
    static final String EXAMPLE_14 = """
            <iq xmlns='jabber:client' type='error' from='users.jabber.org' to='stpeter@jabber.org/roundabout' id='index10'>
              <query xmlns='jabber:iq:search'>
                <nick>Pete</nick>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>10</max>
                  <index>371</index>
                </set>
              </query>
              <error type='cancel'>
                <feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
              </error>
            </iq>""";
    // XEP-0059 example 15, with the client namespace added.
    static final String EXAMPLE_15 = """
            <iq xmlns='jabber:client' type='set' from='stpeter@jabber.org/roundabout' to='users.jabber.org' id='count1'>
              <query xmlns='jabber:iq:search'>
                <nick>Pete</nick>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>0</max>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 16, with the client namespace added.
    static final String EXAMPLE_16 = """
            <iq xmlns='jabber:client' type='result' from='users.jabber.org' to='stpeter@jabber.org/roundabout' id='count1'>
              <query xmlns='jabber:iq:search'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <count>800</count>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 17, with the client namespace added.
    static final String EXAMPLE_17 = """
            <iq xmlns='jabber:client' type='get' from='stpeter@jabber.org/roundabout' to='conference.jabber.org' id='ex2'>
              <query xmlns='http://jabber.org/protocol/disco#items'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>20</max>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 18, with the client namespace added.
    static final String EXAMPLE_18 = """
            <iq xmlns='jabber:client' type='result' from='conference.jabber.org' to='stpeter@jabber.org/roundabout' id='ex2'>
              <query xmlns='http://jabber.org/protocol/disco#items'>
                <item jid='12@conference.jabber.org'/>
                <item jid='adium@conference.jabber.org'/>
                <item jid='airhitch@conference.jabber.org'/>
                <item jid='alphaville@conference.jabber.org'/>
                <item jid='apache@conference.jabber.org'/>
                <item jid='argia@conference.jabber.org'/>
                <item jid='armagetron@conference.jabber.org'/>
                <item jid='atticroom123@conference.jabber.org'/>
                <item jid='banquise@conference.jabber.org'/>
                <item jid='bar_paradise@conference.jabber.org'/>
                <item jid='beer@conference.jabber.org'/>
                <item jid='blondie@conference.jabber.org'/>
                <item jid='bpnops@conference.jabber.org'/>
                <item jid='brasileiros@conference.jabber.org'/>
                <item jid='bulgaria@conference.jabber.org'/>
                <item jid='cantinalivre@conference.jabber.org'/>
                <item jid='casablanca@conference.jabber.org'/>
                <item jid='chinortpcrew@conference.jabber.org'/>
                <item jid='coffeetalk@conference.jabber.org'/>
                <item jid='council@conference.jabber.org'/>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <first index='0'>acc3594e844c77696f7a7ba9367ae324b6b958ad</first>
                  <last>4da91d4b330112f683dddaebf93180b1bd25e95f</last>
                  <count>150</count>
                </set>
              </query>
            </iq>""";
    // XEP-0059 example 19, with the client namespace added.
    static final String EXAMPLE_19 = """
            <iq xmlns='jabber:client' type='set' from='stpeter@jabber.org/roundabout' to='conference.jabber.org' id='ex3'>
              <query xmlns='http://jabber.org/protocol/disco#items'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>20</max>
                  <after>4da91d4b330112f683dddaebf93180b1bd25e95f</after>
                </set>
              </query>
            </iq>""";

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments(1, EXAMPLE_1, PageRequest.first(10)),
                arguments(3, EXAMPLE_3, PageRequest.first(10)),
                arguments(4, EXAMPLE_4, new Page("stpeter@jabber.org", 0, "peterpan@neverland.lit", 800)),
                arguments(5, EXAMPLE_5, new PageRequest(10, "peterpan@neverland.lit", null, null)),
                arguments(6, EXAMPLE_6, new Page("peter@pixyland.org", 10, "peter@rabbit.lit", 800)),
                arguments(7, EXAMPLE_7, new Page(null, null, null, 790)),
                arguments(8, EXAMPLE_8, new PageRequest(10, null, "peter@pixyland.org", null)),
                arguments(9, EXAMPLE_9, new Page("stpeter@jabber.org", 0, "peterpan@neverland.lit", 800)),
                arguments(10, EXAMPLE_10, new PageRequest(10, "peterpan@neverland.lit", null, null)),
                arguments(11, EXAMPLE_11, PageRequest.last(10)),
                arguments(12, EXAMPLE_12, new PageRequest(10, null, null, 371)),
                arguments(13, EXAMPLE_13, new Page("peter@pixyland.org", 371, "peter@rabbit.lit", 800)),
                arguments(14, EXAMPLE_14, new PageRequest(10, null, null, 371)),
                arguments(15, EXAMPLE_15, new PageRequest(0, null, null, null)),
                arguments(16, EXAMPLE_16, new Page(null, null, null, 800)),
                arguments(17, EXAMPLE_17, PageRequest.first(20)),
                arguments(18, EXAMPLE_18, new Page("acc3594e844c77696f7a7ba9367ae324b6b958ad", 0,
                        "4da91d4b330112f683dddaebf93180b1bd25e95f", 150)),
                arguments(19, EXAMPLE_19, new PageRequest(20, "4da91d4b330112f683dddaebf93180b1bd25e95f", null, null)));
    }

    /** The {@code <set/>} inside the query of an example IQ. */
    static XmlElement setOf(String iqXml) throws Exception {
        return XepExamples.element(iqXml).elements().get(0).child(ResultSet.ELEMENT, ResultSet.NAMESPACE).orElseThrow();
    }

    private static ResultSet decoded(XmlElement set) {
        return CODEC.decode(set).valueIfAny().orElseThrow(() -> new AssertionError(CODEC.decode(set)));
    }

    private static ResultSet decoded(String iqXml) throws Exception {
        return decoded(setOf(iqXml));
    }

    private static Decoded<ResultSet> decodeSet(String children) throws Exception {
        return CODEC.decode(XepExamples.element("<set " + NS + ">" + children + "</set>"));
    }

    @ParameterizedTest(name = "example {0}")
    @MethodSource("examples")
    void roundTripsTheXepExample(int number, String xml, ResultSet expected) throws Exception {
        ResultSet first = decoded(xml);
        ResultSet again = decoded(CODEC.encode(first));

        assertThat(first).isEqualTo(expected);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void theLastPageIsAskedForWithAnEmptyBefore() throws Exception {
        XmlElement encoded = CODEC.encode(PageRequest.last(10));

        assertThat(encoded.child("before", ResultSet.NAMESPACE)).hasValueSatisfying(b -> {
            assertThat(b.children()).isEmpty();
        });
        assertThat(decoded(EXAMPLE_11)).isInstanceOf(PageRequest.class)
                .extracting(r -> ((PageRequest) r).before()).isEqualTo("");
        assertThat(((PageRequest) decoded(EXAMPLE_3)).before()).as("absent, not last page").isNull();
    }

    @Test
    void nextAndPreviousPagesAreTheRequestsTheXepSendsNext() throws Exception {
        Page firstPage = (Page) decoded(EXAMPLE_4);
        Page secondPage = (Page) decoded(EXAMPLE_6);
        Page rooms = (Page) decoded(EXAMPLE_18);

        assertThat(firstPage.next(10)).contains((PageRequest) decoded(EXAMPLE_5));
        assertThat(secondPage.previous(10)).contains((PageRequest) decoded(EXAMPLE_8));
        assertThat(rooms.next(20)).contains((PageRequest) decoded(EXAMPLE_19));
    }

    @Test
    void anEmptyPageHasNoNeighbours() throws Exception {
        Page empty = (Page) decoded(EXAMPLE_7);

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.next(10)).isEmpty();
        assertThat(empty.previous(10)).isEmpty();
        assertThat(decodeSet("").valueIfAny()).as("an answer without items").contains(new Page(null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<max>-1</max>",
            "<index>-5</index>",
            "<max>ten</max>",
            "<max>2147483648</max>",
            "<count>-1</count>",
            "<count>99999999999</count>",
            "<first index='-1'>a</first>",
            "<first index='2147483648'>a</first>",
            "<first index='zero'>a</first>",
            "<max>10</max><max>20</max>",
            "<first>a</first><first>b</first>",
            "<max>10</max><count>800</count>"})
    void malformedSetsAreBadRequests(String children) throws Exception {
        Decoded<ResultSet> decoded = decodeSet(children);

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Malformed.class, m -> {
            assertThat(m.condition()).isEqualTo(StanzaErrorCondition.BAD_REQUEST);
            assertThat(m.reason()).isNotBlank();
        });
    }

    @Test
    void numbersMayCarrySurroundingWhitespaceButIdsAreKeptExactly() throws Exception {
        assertThat(decodeSet("<max> 10 </max><after> x </after>").valueIfAny())
                .contains(new PageRequest(10, " x ", null, null));
    }

    @Test
    void otherElementsAreNotMine() throws Exception {
        assertThat(CODEC.decode(XepExamples.element("<set xmlns='urn:example'/>"))).isInstanceOf(Decoded.NotMine.class);
    }
}
