package im.parley.xmpp.ext.jingle;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEP-0166 elements read from the XEP's own examples (the client namespace added), and round trips. */
class JingleCodecTest {
    private static final String SID = "a73sjjvkla37jfea";
    private static final Jid ROMEO = Jid.of("romeo@montague.lit/orchard");
    private static final Jid JULIET = Jid.of("juliet@capulet.lit/balcony");
    private static final String RTP = "urn:xmpp:jingle:apps:rtp:1";
    private static final String ICE = "urn:xmpp:jingle:transports:ice-udp:1";

    /** An example IQ as the wire carries it; XEP examples leave out the stream namespace. */
    static Iq iq(String xml) throws Exception {
        return stanza(xml.replaceFirst("<iq", "<iq xmlns='jabber:client'"));
    }

    static Jingle jingle(String xml) throws Exception {
        return Jingle.fromXml(iq(xml).query().orElseThrow());
    }

    private static Jingle roundTrip(Jingle j) throws Exception {
        Jingle back = Jingle.fromXml(j.toXml());
        assertThat(back).isEqualTo(j);
        return back;
    }

    @Test
    void stubSessionOfSection3() throws Exception {
        Jingle initiate = jingle("""
                <iq from='romeo@montague.lit/orchard'
                    id='zid615d9'
                    to='juliet@capulet.lit/balcony'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='session-initiate'
                          initiator='romeo@montague.lit/orchard'
                          sid='a73sjjvkla37jfea'>
                    <content creator='initiator' name='this-is-a-stub'>
                      <description xmlns='urn:xmpp:jingle:apps:stub:0'/>
                      <transport xmlns='urn:xmpp:jingle:transports:stub:0'/>
                    </content>
                  </jingle>
                </iq>""");
        Content stub = Content.of(Content.Creator.INITIATOR, "this-is-a-stub",
                XmlElement.empty("description", "urn:xmpp:jingle:apps:stub:0"),
                XmlElement.empty("transport", "urn:xmpp:jingle:transports:stub:0"));
        assertThat(initiate).isEqualTo(new Jingle(JingleAction.SESSION_INITIATE, SID, ROMEO, null,
                List.of(stub), null, List.of()));
        assertThat(stub.senders()).isEqualTo(Content.Senders.BOTH);
        assertThat(stub.disposition()).isEqualTo("session");
        roundTrip(initiate);

        Jingle accept = jingle("""
                <iq from='juliet@capulet.lit/balcony'
                    id='rc61n59s'
                    to='romeo@montague.lit/orchard'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='session-accept'
                          responder='juliet@capulet.lit/balcony'
                          sid='a73sjjvkla37jfea'>
                    <content creator='initiator' name='this-is-a-stub'>
                      <description xmlns='urn:xmpp:jingle:apps:stub:0'/>
                      <transport xmlns='urn:xmpp:jingle:transports:stub:0'/>
                    </content>
                  </jingle>
                </iq>""");
        assertThat(accept).isEqualTo(new Jingle(JingleAction.SESSION_ACCEPT, SID, null, JULIET, List.of(stub), null, List.of()));

        Jingle terminate = jingle("""
                <iq from='juliet@capulet.lit/balcony'
                    id='le71fa63'
                    to='romeo@montague.lit/orchard'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='session-terminate'
                          sid='a73sjjvkla37jfea'>
                    <reason>
                      <success/>
                    </reason>
                  </jingle>
                </iq>""");
        assertThat(terminate).isEqualTo(new Jingle(JingleAction.SESSION_TERMINATE, SID, null, null, List.of(),
                Reason.of(Reason.Condition.SUCCESS), List.of()));
        roundTrip(terminate);
    }

    @Test
    void rtpOfferKeepsDescriptionAndTransportForTheirOwnCodecs() throws Exception {
        Jingle initiate = jingle("""
                <iq from='romeo@montague.lit/orchard'
                    id='ph37a419'
                    to='juliet@capulet.lit/balcony'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='session-initiate'
                          initiator='romeo@montague.lit/orchard'
                          sid='a73sjjvkla37jfea'>
                    <content creator='initiator' name='voice'>
                      <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
                        <payload-type id='96' name='speex' clockrate='16000'/>
                        <payload-type id='97' name='speex' clockrate='8000'/>
                        <payload-type id='18' name='G729'/>
                        <payload-type id='0' name='PCMU' />
                        <payload-type id='103' name='L16' clockrate='16000' channels='2'/>
                        <payload-type id='98' name='x-ISAC' clockrate='8000'/>
                      </description>
                      <transport xmlns='urn:xmpp:jingle:transports:ice-udp:1'
                                 pwd='asd88fgpdd777uzjYhagZg'
                                 ufrag='8hhy'>
                        <candidate component='1'
                                   foundation='1'
                                   generation='0'
                                   id='el0747fg11'
                                   ip='10.0.1.1'
                                   network='1'
                                   port='8998'
                                   priority='2130706431'
                                   protocol='udp'
                                   type='host'/>
                        <candidate component='1'
                                   foundation='2'
                                   generation='0'
                                   id='y3s2b30v3r'
                                   ip='192.0.2.3'
                                   network='1'
                                   port='45664'
                                   priority='1694498815'
                                   protocol='udp'
                                   rel-addr='10.0.1.1'
                                   rel-port='8998'
                                   type='srflx'/>
                      </transport>
                    </content>
                  </jingle>
                </iq>""");
        Content voice = initiate.contents().get(0);
        assertThat(voice.name()).isEqualTo("voice");
        assertThat(voice.description().is("description", RTP)).isTrue();
        assertThat(voice.description().attributeOrNull("media")).isEqualTo("audio");
        assertThat(voice.description().children("payload-type", RTP)).hasSize(6);
        assertThat(voice.transport().is("transport", ICE)).isTrue();
        assertThat(voice.transport().attributeOrNull("ufrag")).isEqualTo("8hhy");
        assertThat(voice.transport().children("candidate", ICE)).hasSize(2);
        assertThat(voice.security()).isNull();
        roundTrip(initiate);
    }

    @Test
    void everyTerminationReasonOfSection6Point7() throws Exception {
        for (Reason.Condition c : Reason.Condition.values()) {
            if (c != Reason.Condition.ALTERNATIVE_SESSION) {
                Jingle j = jingle("<iq from='juliet@capulet.lit/balcony' id='x' to='romeo@montague.lit/orchard' type='set'>"
                        + "<jingle xmlns='urn:xmpp:jingle:1' action='session-terminate' sid='a73sjjvkla37jfea'>"
                        + "<reason><" + c.elementName() + "/></reason></jingle></iq>");
                assertThat(j.reason()).isEqualTo(Reason.of(c));
                roundTrip(j);
            }
        }
        Jingle gottaGo = jingle("""
                <iq from='juliet@capulet.lit/balcony'
                    id='vua614d9'
                    to='romeo@montague.lit/orchard'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='session-terminate'
                          sid='a73sjjvkla37jfea'>
                    <reason>
                      <success/>
                      <text>Sorry, gotta go!</text>
                    </reason>
                  </jingle>
                </iq>""");
        assertThat(gottaGo.reason()).isEqualTo(Reason.of(Reason.Condition.SUCCESS, "Sorry, gotta go!"));
        roundTrip(gottaGo);
        Jingle alternative = jingle("""
                <iq from='juliet@capulet.lit/balcony'
                    id='ay3r2b86'
                    to='romeo@montague.lit/orchard'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='session-terminate'
                          sid='a73sjjvkla37jfea'>
                    <reason>
                      <alternative-session>
                        <sid>b84tkkwlmb48kgfb</sid>
                      </alternative-session>
                    </reason>
                  </jingle>
                </iq>""");
        assertThat(alternative.reason()).isEqualTo(Reason.alternativeSession("b84tkkwlmb48kgfb"));
        roundTrip(alternative);
        XmlElement detail = XmlElement.empty("unknown-codec", "urn:example:detail");
        roundTrip(new Jingle(JingleAction.CONTENT_REJECT, SID, null, null, List.of(Content.reference(Content.Creator.RESPONDER, "video")),
                new Reason(Reason.Condition.FAILED_APPLICATION, "no codec", null, detail), List.of()));
        assertThat(Reason.Condition.values()).hasSize(17);
    }

    @Test
    void sessionInfoPayloadsAndPing() throws Exception {
        Jingle ringing = jingle("""
                <iq from='juliet@capulet.lit/balcony'
                    id='hq7rg186'
                    to='romeo@montague.lit/orchard'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='session-info'
                          sid='a73sjjvkla37jfea'>
                    <ringing xmlns='urn:xmpp:jingle:apps:rtp:1:info'/>
                  </jingle>
                </iq>""");
        assertThat(ringing.payloads()).containsExactly(XmlElement.empty("ringing", "urn:xmpp:jingle:apps:rtp:1:info"));
        roundTrip(ringing);
        Jingle ping = jingle("""
                <iq from='juliet@capulet.lit/balcony'
                    id='ug37vb25'
                    to='romeo@montague.lit/orchard'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='session-info'
                          sid='a73sjjvkla37jfea'/>
                </iq>""");
        assertThat(ping).isEqualTo(Jingle.of(JingleAction.SESSION_INFO, SID, List.of()));
        assertThat(ping.toXml().toString()).isEqualTo(
                "<jingle xmlns=\"urn:xmpp:jingle:1\" action=\"session-info\" sid=\"a73sjjvkla37jfea\"/>");
    }

    @Test
    void securityPreconditionAndSecurityInfoOfSection9() throws Exception {
        Jingle offer = jingle("""
                <iq from='romeo@montague.lit/orchard'
                    id='tiw51bv9'
                    to='juliet@capulet.lit/balcony'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='session-initiate'
                          initiator='romeo@montague.lit/orchard'
                          sid='a73sjjvkla37jfea'>
                    <content creator='initiator' name='this-is-a-stub'>
                      <description xmlns='urn:xmpp:jingle:apps:stub:0'/>
                      <transport xmlns='urn:xmpp:jingle:transports:stub:0'/>
                      <security xmlns='urn:xmpp:jingle:security:stub:0'/>
                    </content>
                  </jingle>
                </iq>""");
        assertThat(offer.contents().get(0).security()).isEqualTo(XmlElement.empty("security", "urn:xmpp:jingle:security:stub:0"));
        roundTrip(offer);
        Jingle info = jingle("""
                <iq from='romeo@montague.lit/orchard'
                    id='zyw6m167'
                    to='juliet@capulet.lit/balcony'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='security-info'
                          sid='a73sjjvkla37jfea'>
                    <content creator='initiator' name='xmlstream'>
                      <security xmlns='urn:xmpp:jingle:security:xtls:0'>
                        <method name='x509'/>
                      </security>
                    </content>
                  </jingle>
                </iq>""");
        Content c = info.contents().get(0);
        assertThat(c.description()).isNull();
        assertThat(c.transport()).isNull();
        assertThat(c.security().child("method", "urn:xmpp:jingle:security:xtls:0")).isPresent();
        roundTrip(info);
    }

    @Test
    void actionsCarryTheSchemaWireNames() {
        assertThat(Arrays.stream(JingleAction.values()).map(JingleAction::value)).containsExactly(
                "content-accept", "content-add", "content-modify", "content-reject", "content-remove",
                "description-info", "security-info", "session-accept", "session-info", "session-initiate",
                "session-terminate", "transport-accept", "transport-info", "transport-reject", "transport-replace");
        for (JingleAction a : JingleAction.values()) {
            assertThat(JingleAction.of(a.value())).contains(a);
        }
        assertThat(JingleAction.of("session-redirect")).isEmpty();
    }

    @Test
    void nonDefaultAttributesAndContentModifySenders() throws Exception {
        Content early = new Content(Content.Creator.RESPONDER, "early", Content.Senders.INITIATOR, "early-session",
                XmlElement.empty("description", RTP), XmlElement.empty("transport", ICE), null);
        Jingle add = roundTrip(Jingle.of(JingleAction.CONTENT_ADD, SID, List.of(early)));
        assertThat(add.toXml().child("content", Jingle.NAMESPACE).orElseThrow().attributes())
                .containsEntry("senders", "initiator").containsEntry("disposition", "early-session");
        // §7.3: content-modify always names the senders, even the default.
        Content both = Content.reference(Content.Creator.INITIATOR, "voice");
        Jingle modify = roundTrip(Jingle.of(JingleAction.CONTENT_MODIFY, SID, List.of(both)));
        assertThat(modify.toXml().child("content", Jingle.NAMESPACE).orElseThrow().attributeOrNull("senders")).isEqualTo("both");
        XmlElement group = XmlElement.builder("group", "urn:xmpp:jingle:apps:grouping:0").attribute("semantics", "BUNDLE").build();
        roundTrip(new Jingle(JingleAction.SESSION_INITIATE, SID, ROMEO, null,
                List.of(early.withSenders(Content.Senders.NONE)), null, List.of(group)));
    }

    @Test
    void jingleErrorsOfSection8AsTheExamplesShowThem() throws Exception {
        Iq request = iq("<iq from='juliet@capulet.lit/balcony' id='ur71vs62' to='romeo@montague.lit/orchard' type='set'>"
                + "<jingle xmlns='urn:xmpp:jingle:1' action='session-info' sid='a73sjjvkla37jfea'/></iq>");
        assertError(JingleError.UNKNOWN_SESSION, request, """
                <iq from='romeo@montague.lit/orchard'
                    id='ur71vs62'
                    to='juliet@capulet.lit/balcony'
                    type='error'>
                  <error type='cancel'>
                    <item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                    <unknown-session xmlns='urn:xmpp:jingle:errors:1'/>
                  </error>
                </iq>""");
        assertError(JingleError.UNSUPPORTED_INFO, request, """
                <iq from='romeo@montague.lit/orchard'
                    id='hq7rg186'
                    to='juliet@capulet.lit/balcony'
                    type='error'>
                  <error type='modify'>
                    <feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                    <unsupported-info xmlns='urn:xmpp:jingle:errors:1'/>
                  </error>
                </iq>""");
        assertError(JingleError.TIE_BREAK, request, """
                <iq from='romeo@montague.lit/orchard'
                    id='hb2f164w'
                    to='juliet@capulet.lit/balcony'
                    type='error'>
                  <error type='cancel'>
                    <conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                    <tie-break xmlns='urn:xmpp:jingle:errors:1'/>
                  </error>
                </iq>""");
        StanzaError outOfOrder = JingleError.OUT_OF_ORDER.toStanzaError(null);
        assertThat(outOfOrder.condition()).isEqualTo(StanzaErrorCondition.UNEXPECTED_REQUEST);
        assertThat(JingleError.of(outOfOrder)).contains(JingleError.OUT_OF_ORDER);
        assertThat(JingleError.of(StanzaError.of(StanzaErrorCondition.CONFLICT))).isEmpty();
    }

    private static void assertError(JingleError condition, Iq request, String example) throws Exception {
        StanzaError expected = iq(example).error().orElseThrow();
        assertThat(JingleError.of(expected)).contains(condition);
        Iq built = condition.errorResponse(request, null);
        assertThat(built.type()).isEqualTo(Iq.Type.ERROR);
        assertThat(built.to()).isEqualTo(request.from());
        assertThat(built.id()).isEqualTo(request.id());
        assertThat(built.error()).contains(expected);
    }

    @Test
    void malformedElementsAreRefused() {
        String[] bad = {
            "<jingle xmlns='urn:xmpp:jingle:1' sid='s'/>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='session-redirect' sid='s'/>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='session-info'/>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='session-info' sid=''/>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='session-initiate' sid='s' initiator='@bad'/>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='content-add' sid='s'><content name='n'/></jingle>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='content-add' sid='s'><content creator='both' name='n'/></jingle>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='content-add' sid='s'><content creator='initiator'/></jingle>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='content-add' sid='s'><content creator='initiator' name='n' senders='all'/></jingle>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='content-add' sid='s'><content creator='initiator' name='n'>"
                    + "<description xmlns='urn:a'/><description xmlns='urn:b'/></content></jingle>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='content-modify' sid='s'><content creator='initiator' name='n'/></jingle>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='session-terminate' sid='s'><reason/></jingle>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='session-terminate' sid='s'><reason><bored/></reason></jingle>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='session-terminate' sid='s'><reason><busy/><gone/></reason></jingle>",
            "<jingle xmlns='urn:xmpp:jingle:1' action='session-info' sid='s'><ringing/></jingle>",
            "<jingle xmlns='urn:xmpp:jingle:2' action='session-info' sid='s'/>",
        };
        for (String xml : bad) {
            assertThatThrownBy(() -> Jingle.fromXml(element(xml))).as(xml).isInstanceOf(PayloadFormatException.class);
        }
    }
}
