package im.parley.xmpp.ext.mam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round trips of XEP-0313 1.1.3's own examples: every query (2, 5 to 13, 16, 18, 20, 23, 24), every
 * result (3, 17, 27) and every fin (4, 19, 22); XEP-0441 0.2.0's preferences; malformed payloads.
 */
class MamCodecTest {
    private static final ArchiveQueryCodec QUERIES = new ArchiveQueryCodec();
    private static final MamResultCodec RESULTS = new MamResultCodec();
    private static final MamFinCodec FINS = new MamFinCodec();
    private static final MamPrefsCodec PREFS = new MamPrefsCodec();

    // XEP-0313 example 2.
    static final String EXAMPLE_2 = """
            <iq type='set' id='juliet1'>
              <query xmlns='urn:xmpp:mam:2' queryid='f27' />
            </iq>""";
    // XEP-0313 example 3, with the client namespace added.
    static final String EXAMPLE_3 = """
            <message xmlns='jabber:client' id='aeb213' to='juliet@capulet.lit/chamber'>
              <result xmlns='urn:xmpp:mam:2' queryid='f27' id='28482-98726-73623'>
                <forwarded xmlns='urn:xmpp:forward:0'>
                  <delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:08:25Z'/>
                  <message xmlns='jabber:client' from="witch@shakespeare.lit" to="macbeth@shakespeare.lit">
                    <body>Hail to thee</body>
                  </message>
                </forwarded>
              </result>
            </message>""";
    // XEP-0313 example 4.
    static final String EXAMPLE_4 = """
            <iq type='result' id='juliet1'>
              <fin xmlns='urn:xmpp:mam:2'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <first index='0'>28482-98726-73623</first>
                  <last>09af3-cc343-b409f</last>
                </set>
              </fin>
            </iq>""";
    // XEP-0313 example 5.
    static final String EXAMPLE_5 = """
            <iq to='pubsub.shakespeare.lit' type='set' id='juliet1'>
              <query xmlns='urn:xmpp:mam:2' queryid='f28' />
            </iq>""";
    // XEP-0313 example 6.
    static final String EXAMPLE_6 = """
            <iq type='set' id='juliet1'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE' type='hidden'>
                    <value>urn:xmpp:mam:2</value>
                  </field>
                  <field var='with'>
                    <value>juliet@capulet.lit</value>
                  </field>
                </x>
              </query>
            </iq>""";
    // XEP-0313 example 7.
    static final String EXAMPLE_7 = """
            <iq type='set' id='juliet1'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE' type='hidden'>
                    <value>urn:xmpp:mam:2</value>
                  </field>
                  <field var='start'>
                    <value>2010-06-07T00:00:00Z</value>
                  </field>
                  <field var='end'>
                    <value>2010-07-07T13:23:54Z</value>
                  </field>
                </x>
              </query>
            </iq>""";
    // XEP-0313 example 8.
    static final String EXAMPLE_8 = """
            <iq type='set' id='juliet1'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE' type='hidden'>
                    <value>urn:xmpp:mam:2</value>
                  </field>
                  <field var='start'>
                    <value>2010-08-07T00:00:00Z</value>
                  </field>
                </x>
              </query>
            </iq>""";
    // XEP-0313 example 9.
    static final String EXAMPLE_9 = """
            <iq type='set' id='juliet1'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE' type='hidden'>
                    <value>urn:xmpp:mam:2</value>
                  </field>
                  <field var='after-id'>
                    <value>09af3-cc343-b409f</value>
                  </field>
                </x>
              </query>
            </iq>""";
    // XEP-0313 example 10.
    static final String EXAMPLE_10 = """
            <iq type='set' id='juliet1'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE' type='hidden'>
                    <value>urn:xmpp:mam:2</value>
                  </field>
                  <field var='after-id'>
                    <value>28482-98726-73623</value>
                  </field>
                  <field var='before-id'>
                    <value>09af3-cc343-b409f</value>
                  </field>
                </x>
              </query>
            </iq>""";
    // XEP-0313 example 11.
    static final String EXAMPLE_11 = """
            <iq type='set' id='juliet1'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE' type='hidden'>
                    <value>urn:xmpp:mam:2</value>
                  </field>
                  <field var='ids'>
                    <value>28482-98726-73623</value>
                  </field>
                </x>
              </query>
            </iq>""";
    // XEP-0313 example 12 (its "..." stands for other fields and is kept as text).
    static final String EXAMPLE_12 = """
            <iq type='set' id='juliet1'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE' type='hidden'>
                    <value>urn:xmpp:mam:2</value>
                  </field>
                  <field var='include-groupchat'>
                    <value>true</value>
                  </field>
                  ...
                </x>
              </query>
            </iq>""";
    // XEP-0313 example 13.
    static final String EXAMPLE_13 = """
            <iq type='set' id='juliet1'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE' type='hidden'>
                    <value>urn:xmpp:mam:2</value>
                  </field>
                  <field var='include-groupchat'>
                    <value>false</value>
                  </field>
                  ...
                </x>
              </query>
            </iq>""";
    // XEP-0313 example 16.
    static final String EXAMPLE_16 = """
            <iq type='set' id='query4'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field type='hidden' var='FORM_TYPE'>
                    <value>urn:xmpp:mam:2</value>
                  </field>
                  <field type='text-single' var='{http://example.com/}free-text-search'>
                    <value>Where arth thou, my Juliet?</value>
                  </field>
                  <field type='text-single' var='{http://example.com/}stanza-content'>
                    <value>{http://jabber.org/protocol/mood}mood/lonely</value>
                  </field>
                </x>
              </query>
            </iq>""";
    // XEP-0313 example 17, first message, with the client namespace added.
    static final String EXAMPLE_17A = """
            <message xmlns='jabber:client' id='aeb213' to='juliet@capulet.lit/chamber'>
              <result xmlns='urn:xmpp:mam:2' queryid='f27' id='28482-98726-73623'>
                <forwarded xmlns='urn:xmpp:forward:0'>
                  <delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:08:25Z'/>
                  <message xmlns='jabber:client'
                           to='juliet@capulet.lit/balcony'
                           from='romeo@montague.lit/orchard'
                           type='chat'>
                    <body>Call me but love, and I'll be new baptized; Henceforth I never will be Romeo.</body>
                  </message>
                </forwarded>
              </result>
            </message>""";
    // XEP-0313 example 17, second message, with the client namespace added.
    static final String EXAMPLE_17B = """
            <message xmlns='jabber:client' id='aeb214' to='juliet@capulet.lit/chamber'>
              <result xmlns='urn:xmpp:mam:2' queryid='f27' id='5d398-28273-f7382'>
                <forwarded xmlns='urn:xmpp:forward:0'>
                  <delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:09:32Z'/>
                  <message xmlns='jabber:client'
                           to='romeo@montague.lit/orchard'
                           from='juliet@capulet.lit/balcony'
                           type='chat' id='8a54s'>
                    <body>What man art thou that thus bescreen'd in night so stumblest on my counsel?</body>
                  </message>
                </forwarded>
              </result>
            </message>""";
    // XEP-0313 example 18.
    static final String EXAMPLE_18 = """
            <iq type='set' id='q29302'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE' type='hidden'>
                    <value>urn:xmpp:mam:2</value>
                  </field>
                  <field var='start'>
                    <value>2010-08-07T00:00:00Z</value>
                  </field>
                </x>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>10</max>
                </set>
              </query>
            </iq>""";
    // XEP-0313 example 19, without its leading comment.
    static final String EXAMPLE_19 = """
            <iq type='result' id='q29302'>
              <fin xmlns='urn:xmpp:mam:2'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <first index='0'>28482-98726-73623</first>
                  <last>09af3-cc343-b409f</last>
                  <count>20</count>
                </set>
              </fin>
            </iq>""";
    // XEP-0313 example 20.
    static final String EXAMPLE_20 = """
            <iq type='set' id='q29303'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE' type='hidden'><value>urn:xmpp:mam:2</value></field>
                  <field var='start'><value>2010-08-07T00:00:00Z</value></field>
                </x>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>10</max>
                  <after>09af3-cc343-b409f</after>
                </set>
              </query>
            </iq>""";
    // XEP-0313 example 22, without its leading comment.
    static final String EXAMPLE_22 = """
            <iq type='result' id='u29303'>
              <fin xmlns='urn:xmpp:mam:2' complete='true'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <first index='0'>23452-4534-1</first>
                  <last>390-2342-22</last>
                  <count>16</count>
                </set>
              </fin>
            </iq>""";
    // XEP-0313 example 23.
    static final String EXAMPLE_23 = """
            <iq type='set' id='q29303'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE' type='hidden'><value>urn:xmpp:mam:2</value></field>
                  <field var='start'><value>2010-08-07T00:00:00Z</value></field>
                </x>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>10</max>
                  <before/>
                </set>
              </query>
            </iq>""";
    // XEP-0313 example 24.
    static final String EXAMPLE_24 = """
            <iq type='set' id='q29309'>
              <query xmlns='urn:xmpp:mam:2'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE' type='hidden'><value>urn:xmpp:mam:2</value></field>
                  <field var='start'><value>2010-08-07T00:00:00Z</value></field>
                </x>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>10</max>
                  <after>09af3-cc343-b409f</after>
                </set>
                <flip-page/>
              </query>
            </iq>""";
    // XEP-0313 example 27, first message, with the client namespace added.
    static final String EXAMPLE_27 = """
            <message xmlns='jabber:client' id='iasd207' from='coven@chat.shakespeare.lit' to='hag66@shakespeare.lit/pda'>
              <result xmlns='urn:xmpp:mam:2' queryid='g27' id='78527-06716-51603'>
                <forwarded xmlns='urn:xmpp:forward:0'>
                  <delay xmlns='urn:xmpp:delay' stamp='2002-10-13T23:58:37Z'/>
                  <message xmlns="jabber:client"
                           from='coven@chat.shakespeare.lit/firstwitch'
                           id='162BEBB1-F6DB-4D9A-9BD8-CFDCC801A0B2'
                           type='groupchat'>
                    <body>Thrice the brinded cat hath mew'd.</body>
                    <x xmlns='http://jabber.org/protocol/muc#user'>
                      <item affiliation='owner'
                            jid='crone1@shakespeare.lit'
                            role='participant' />
                    </x>
                  </message>
                </forwarded>
              </result>
            </message>""";
    // XEP-0441 0.2.0 example 2 (the answer to a get), as XEP-0313 before 0.7 had it.
    static final String PREFS_RESULT = """
            <iq type='result' id='juliet2'>
              <prefs xmlns='urn:xmpp:mam:2' default='roster'>
                <always>
                  <jid>romeo@montague.lit</jid>
                </always>
                <never>
                  <jid>montague@montague.lit</jid>
                </never>
              </prefs>
            </iq>""";
    // XEP-0441 0.2.0, a server that has nothing listed still sends both lists.
    static final String PREFS_EMPTY = """
            <iq type='result' id='juliet3'>
              <prefs xmlns='urn:xmpp:mam:2' default='always'>
                <always/>
                <never/>
              </prefs>
            </iq>""";

    private static final Instant AUG_7 = Instant.parse("2010-08-07T00:00:00Z");

    private static MamQuery filter(Jid with, Instant start, Instant end, String after, String before, List<String> ids) {
        return new MamQuery(with, start, end, after, before, ids, null, List.of());
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                arguments(2, EXAMPLE_2, ArchiveQuery.of("f27", MamQuery.ALL, null)),
                arguments(5, EXAMPLE_5, ArchiveQuery.of("f28", MamQuery.ALL, null)),
                arguments(6, EXAMPLE_6, ArchiveQuery.of(null, MamQuery.with(Jid.of("juliet@capulet.lit")), null)),
                arguments(7, EXAMPLE_7, ArchiveQuery.of(null, MamQuery.between(Instant.parse("2010-06-07T00:00:00Z"),
                        Instant.parse("2010-07-07T13:23:54Z")), null)),
                arguments(8, EXAMPLE_8, ArchiveQuery.of(null, MamQuery.between(AUG_7, null), null)),
                arguments(9, EXAMPLE_9, ArchiveQuery.of(null,
                        filter(null, null, null, "09af3-cc343-b409f", null, List.of()), null)),
                arguments(10, EXAMPLE_10, ArchiveQuery.of(null,
                        filter(null, null, null, "28482-98726-73623", "09af3-cc343-b409f", List.of()), null)),
                arguments(11, EXAMPLE_11, ArchiveQuery.of(null,
                        filter(null, null, null, null, null, List.of("28482-98726-73623")), null)),
                arguments(12, EXAMPLE_12, ArchiveQuery.of(null,
                        new MamQuery(null, null, null, null, null, List.of(), true, List.of()), null)),
                arguments(13, EXAMPLE_13, ArchiveQuery.of(null,
                        new MamQuery(null, null, null, null, null, List.of(), false, List.of()), null)),
                arguments(16, EXAMPLE_16, ArchiveQuery.of(null, new MamQuery(null, null, null, null, null, List.of(),
                        null, List.of(
                        FormField.of("{http://example.com/}free-text-search", FieldType.TEXT_SINGLE,
                                List.of("Where arth thou, my Juliet?")),
                        FormField.of("{http://example.com/}stanza-content", FieldType.TEXT_SINGLE,
                                List.of("{http://jabber.org/protocol/mood}mood/lonely")))), null)),
                arguments(18, EXAMPLE_18, ArchiveQuery.of(null, MamQuery.between(AUG_7, null), PageRequest.first(10))),
                arguments(20, EXAMPLE_20, ArchiveQuery.of(null, MamQuery.between(AUG_7, null),
                        new PageRequest(10, "09af3-cc343-b409f", null, null))),
                arguments(23, EXAMPLE_23, ArchiveQuery.of(null, MamQuery.between(AUG_7, null), PageRequest.last(10))),
                arguments(24, EXAMPLE_24, new ArchiveQuery(null, null, MamQuery.between(AUG_7, null),
                        new PageRequest(10, "09af3-cc343-b409f", null, null), true)));
    }

    static XmlElement payload(String xml) throws Exception {
        return XepExamples.element(xml).elements().get(0);
    }

    static <T> T decoded(PayloadCodec<T> codec, XmlElement e) {
        return codec.decode(e).valueIfAny().orElseThrow(() -> new AssertionError(codec.decode(e)));
    }

    /**
     * Decoding, encoding and decoding again gives what encodes to the same XML (stanzas inside
     * results have no value equality, so the XML is what is compared).
     */
    static <T> T roundTrip(PayloadCodec<T> codec, XmlElement e) {
        T first = decoded(codec, e);
        XmlElement encoded = codec.encode(first);
        assertThat(codec.encode(decoded(codec, encoded))).isEqualTo(encoded);
        return first;
    }

    @ParameterizedTest(name = "example {0}")
    @MethodSource("queries")
    void roundTripsTheXepsQueries(int number, String xml, ArchiveQuery expected) throws Exception {
        ArchiveQuery first = roundTrip(QUERIES, payload(xml));
        assertThat(first).isEqualTo(expected);
        assertThat(decoded(QUERIES, QUERIES.encode(first))).isEqualTo(first);
    }

    @Test
    void aQueryForEverythingIsSentWithoutAForm() {
        XmlElement encoded = QUERIES.encode(ArchiveQuery.of("q1", MamQuery.ALL, PageRequest.first(250)));

        assertThat(encoded.child("x", "jabber:x:data")).isEmpty();
        assertThat(encoded.attributeOrNull("queryid")).isEqualTo("q1");
        assertThat(QUERIES.encode(ArchiveQuery.of(null, MamQuery.with(Jid.of("juliet@capulet.lit")), null))
                .child("x", "jabber:x:data")).hasValueSatisfying(x -> assertThat(x.attributeOrNull("type"))
                .isEqualTo("submit"));
    }

    @Test
    void onlyIdsNeedTheExtendedFeature() {
        assertThat(MamQuery.between(AUG_7, null).needsExtended()).isFalse();
        assertThat(filter(null, null, null, "a", null, List.of()).needsExtended()).isTrue();
        assertThat(filter(null, null, null, null, "b", List.of()).needsExtended()).isTrue();
        assertThat(filter(null, null, null, null, null, List.of("c")).needsExtended()).isTrue();
    }

    @Test
    void roundTripsTheXepsResults() throws Exception {
        MamResult hail = roundTrip(RESULTS, payload(EXAMPLE_3));
        assertThat(hail.queryId()).isEqualTo("f27");
        assertThat(hail.id()).isEqualTo("28482-98726-73623");
        assertThat(hail.forwarded().delay().stamp()).isEqualTo(Instant.parse("2010-07-10T23:08:25Z"));
        assertThat(((Message) hail.forwarded().stanza()).body()).contains("Hail to thee");

        MamResult second = roundTrip(RESULTS, payload(EXAMPLE_17B));
        assertThat(second.id()).isEqualTo("5d398-28273-f7382");
        assertThat(second.forwarded().stanza().id()).isEqualTo("8a54s");
        assertThat(roundTrip(RESULTS, payload(EXAMPLE_17A)).id()).isEqualTo("28482-98726-73623");

        MamResult muc = roundTrip(RESULTS, payload(EXAMPLE_27));
        assertThat(muc.queryId()).isEqualTo("g27");
        assertThat(((Message) muc.forwarded().stanza()).type()).isEqualTo(Message.Type.GROUPCHAT);
        assertThat(muc.forwarded().stanza().from()).isEqualTo(Jid.of("coven@chat.shakespeare.lit/firstwitch"));
    }

    @Test
    void roundTripsTheXepsFins() throws Exception {
        assertThat(roundTrip(FINS, payload(EXAMPLE_4))).isEqualTo(new MamFin(false, true,
                new Page("28482-98726-73623", 0, "09af3-cc343-b409f", null)));
        assertThat(roundTrip(FINS, payload(EXAMPLE_19))).isEqualTo(new MamFin(false, true,
                new Page("28482-98726-73623", 0, "09af3-cc343-b409f", 20)));
        assertThat(roundTrip(FINS, payload(EXAMPLE_22))).isEqualTo(new MamFin(true, true,
                new Page("23452-4534-1", 0, "390-2342-22", 16)));
        assertThat(decoded(FINS, XepExamples.element("<fin xmlns='urn:xmpp:mam:2' complete='1' stable='false'/>")))
                .as("an empty archive, unstable").isEqualTo(new MamFin(true, false, new Page(null, null, null, null)));
    }

    @Test
    void roundTripsThePreferences() throws Exception {
        assertThat(roundTrip(PREFS, payload(PREFS_RESULT))).isEqualTo(new MamPrefs(MamPrefs.Default.ROSTER,
                List.of(Jid.of("romeo@montague.lit")), List.of(Jid.of("montague@montague.lit"))));
        MamPrefs empty = roundTrip(PREFS, payload(PREFS_EMPTY));
        assertThat(empty).isEqualTo(new MamPrefs(MamPrefs.Default.ALWAYS, List.of(), List.of()));
        assertThat(PREFS.encode(empty).child("never", Mam.NAMESPACE)).as("both lists, even empty").isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<result xmlns='urn:xmpp:mam:2' queryid='q'><forwarded xmlns='urn:xmpp:forward:0'>"
                    + "<message xmlns='jabber:client'/></forwarded></result>",
            "<result xmlns='urn:xmpp:mam:2' queryid='q' id='1'/>",
            "<result xmlns='urn:xmpp:mam:2' queryid='q' id='1'><forwarded xmlns='urn:xmpp:forward:0'/></result>",
    })
    void aResultWithoutIdOrStanzaIsMalformed(String xml) throws Exception {
        assertThat(RESULTS.decode(XepExamples.element(xml))).isInstanceOf(Decoded.Malformed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<query xmlns='urn:xmpp:mam:2'><x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE'>"
                    + "<value>urn:xmpp:mam:1</value></field></x></query>",
            "<query xmlns='urn:xmpp:mam:2'><x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE'>"
                    + "<value>urn:xmpp:mam:2</value></field><field var='start'><value>yesterday</value></field></x></query>",
            "<query xmlns='urn:xmpp:mam:2'><x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE'>"
                    + "<value>urn:xmpp:mam:2</value></field><field var='with'><value>@bad</value></field></x></query>",
            "<query xmlns='urn:xmpp:mam:2'><set xmlns='http://jabber.org/protocol/rsm'><count>3</count></set></query>",
            "<fin xmlns='urn:xmpp:mam:2' complete='maybe'/>",
            "<fin xmlns='urn:xmpp:mam:2'><set xmlns='http://jabber.org/protocol/rsm'><max>3</max></set></fin>",
            "<prefs xmlns='urn:xmpp:mam:2'/>",
            "<prefs xmlns='urn:xmpp:mam:2' default='sometimes'/>",
    })
    void malformedPayloadsAreReportedNotThrown(String xml) throws Exception {
        XmlElement e = XepExamples.element(xml);
        Decoded<?> d = switch (e.name()) {
            case "query" -> QUERIES.decode(e);
            case "fin" -> FINS.decode(e);
            default -> PREFS.decode(e);
        };
        assertThat(d).isInstanceOf(Decoded.Malformed.class);
    }
}
