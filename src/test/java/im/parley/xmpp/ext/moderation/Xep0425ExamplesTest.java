package im.parley.xmpp.ext.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.forms.RoundTrip;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Round trips of XEP-0425's examples, in both revisions, through the moderation codecs. */
class Xep0425ExamplesTest {
    private static final String REASON = "This message contains inappropriate content for this forum";
    private static final Jid MACBETH = Jid.of("room@muc.example.com/macbeth");

    /** The first element named so anywhere under {@code xml}'s root, depth first. */
    private static XmlElement find(String xml, String name, String namespace) throws Exception {
        return find(XepExamples.element(xml), name, namespace).orElseThrow();
    }

    private static Optional<XmlElement> find(XmlElement e, String name, String namespace) {
        for (XmlElement child : e.elements()) {
            if (child.is(name, namespace)) {
                return Optional.of(child);
            }
            Optional<XmlElement> deeper = find(child, name, namespace);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    private static Message message(String xml) throws Exception {
        return XepExamples.stanza(xml.replaceFirst("<message", "<message xmlns='jabber:client'"));
    }

    @Test
    void theRequestInBothRevisions() throws Exception {
        Moderate expected = new Moderate("stanza-id-1", REASON);
        assertThat(RoundTrip.of(new ModerateCodec(ModerationVersion.V1),
                find(Xep0425Examples.REQUEST, "moderate", ModerationVersion.V1.namespace()))).isEqualTo(expected);
        assertThat(RoundTrip.of(new ModerateCodec(ModerationVersion.V0),
                find(Xep0425Examples.REQUEST_V0, "apply-to", ModerationVersion.FASTEN))).isEqualTo(expected);
        XmlElement fastening = Moderations.request(ModerationVersion.V0, new Moderate("s1", null));
        assertThat(fastening.is("apply-to", ModerationVersion.FASTEN)).isTrue();
        assertThat(fastening.child("moderate", ModerationVersion.V0.namespace()).orElseThrow()
                .child("retract", ModerationVersion.V0.retractNamespace())).isPresent();
    }

    @Test
    void theAnnouncementInBothRevisions() throws Exception {
        Moderated v1 = RoundTrip.of(new ModeratedCodec(ModerationVersion.V1),
                find(Xep0425Examples.ANNOUNCEMENT, "retract", ModerationVersion.V1.retractNamespace()));
        assertThat(v1).isEqualTo(new Moderated("stanza-id-1", MACBETH, "dd72603deec90a38ba552f7c68cbcc61bca202cd", REASON));
        Moderated v0 = RoundTrip.of(new ModeratedCodec(ModerationVersion.V0),
                find(Xep0425Examples.ANNOUNCEMENT_V0, "apply-to", ModerationVersion.FASTEN));
        assertThat(v0).isEqualTo(new Moderated("stanza-id-1", MACBETH, null, REASON));
        assertThat(Moderations.announcement(message(Xep0425Examples.ANNOUNCEMENT))).contains(v1);
        assertThat(Moderations.announcement(message(Xep0425Examples.ANNOUNCEMENT_V0))).contains(v0);
    }

    @Test
    void theTombstoneInBothRevisions() throws Exception {
        ModeratedTombstone v1 = RoundTrip.of(new TombstoneCodec(ModerationVersion.V1),
                find(Xep0425Examples.TOMBSTONE, "retracted", ModerationVersion.V1.retractNamespace()));
        Instant stamp = Instant.parse("2019-09-20T23:19:12Z");
        assertThat(v1).isEqualTo(new ModeratedTombstone(Jid.of("witch@shakespeare.example"),
                "dd72603deec90a38ba552f7c68cbcc61bca202cd", REASON, stamp));
        ModeratedTombstone v0 = RoundTrip.of(new TombstoneCodec(ModerationVersion.V0),
                find(Xep0425Examples.TOMBSTONE_V0, "moderated", ModerationVersion.V0.namespace()));
        assertThat(v0).isEqualTo(new ModeratedTombstone(MACBETH, null, REASON, stamp));
    }

    @Test
    void aRoomWithBothRevisionsIsAskedInTheNewest() {
        assertThat(ModerationVersion.offeredBy(room(ModerationVersion.V0.namespace(), ModerationVersion.V1.namespace())))
                .contains(ModerationVersion.V1);
        assertThat(ModerationVersion.offeredBy(room(ModerationVersion.V0.namespace()))).contains(ModerationVersion.V0);
        assertThat(ModerationVersion.offeredBy(room("urn:xmpp:mam:2"))).isEmpty();
    }

    private static DiscoInfo room(String... features) {
        return new DiscoInfo(null, List.of(), List.of(features), List.of());
    }

    @Test
    void anAuthorsOwnRetractionOrAnIncompleteOneIsNoModeration() throws Exception {
        assertThat(Moderations.announcement(message("<message type='groupchat' from='room@muc.example.com/oldhag'>"
                + "<retract id='stanza-id-1' xmlns='urn:xmpp:message-retract:1'/></message>"))).isEmpty();
        assertThat(RoundTrip.malformedReason(new ModeratedCodec(ModerationVersion.V1),
                "<retract xmlns='urn:xmpp:message-retract:1'><moderated xmlns='urn:xmpp:message-moderate:1'/></retract>"))
                .contains("id");
        assertThat(RoundTrip.malformedReason(new ModerateCodec(ModerationVersion.V0),
                "<apply-to id='x' xmlns='urn:xmpp:fasten:0'><moderate xmlns='urn:xmpp:message-moderate:0'/></apply-to>"))
                .contains("retract");
        assertThat(RoundTrip.malformedReason(new ModeratedCodec(ModerationVersion.V1),
                "<retract id='x' xmlns='urn:xmpp:message-retract:1'><moderated by='@@' xmlns='urn:xmpp:message-moderate:1'/>"
                        + "</retract>")).contains("by");
    }
}
