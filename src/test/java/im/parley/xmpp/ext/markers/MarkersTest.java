package im.parley.xmpp.ext.markers;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import org.junit.jupiter.api.Test;

/** XEP-0333 §4.1/§4.2 examples, the legacy markers, and markers we must not believe. */
class MarkersTest {
    // XEP-0333 examples 3 and 4, with the client namespace added (and example 4's typo kept).
    private static final String MARKABLE = """
            <message xmlns='jabber:client' to='juliet@capulet.lit' from='romeo@montegue.lit/orchard' id='the-msg-1'>
              <body>Hi. How are you?</body>
              <markable xmlns='urn:xmpp:chat-markers:0'/>
              <request xmlns='urn:xmpp:receipts'/>
            </message>""";
    private static final String DISPLAYED = """
            <message xmlns='jabber:client' to='romeo@montegue.lit' from='juliet@capulet.let/balcony'>
               <displayed xmlns='urn:xmpp:chat-markers:0' id='the-msg-1'/>
            </message>""";
    private static final Jid JULIET = Jid.of("juliet@capulet.lit/balcony");

    @Test
    void readsAndRoundTripsTheXepExamples() throws Exception {
        Message markable = stanza(MARKABLE);
        assertThat(Markable.isMarkable(markable)).isTrue();
        assertThat(Marker.of(stanza(DISPLAYED))).contains(Marker.displayed("the-msg-1"));
        for (Marker.Kind k : Marker.Kind.values()) {
            assertThat(Marker.fromXml(new Marker(k, "x&y").toXml())).isEqualTo(new Marker(k, "x&y"));
        }
        // Markers removed in 0.5.0 are still read, so older clients keep working.
        assertThat(Marker.fromXml(element("<received xmlns='urn:xmpp:chat-markers:0' id='a'/>")))
                .isEqualTo(new Marker(Marker.Kind.RECEIVED, "a"));
        assertThat(Marker.fromXml(element("<acknowledged xmlns='urn:xmpp:chat-markers:0' id='a'/>")))
                .isEqualTo(new Marker(Marker.Kind.ACKNOWLEDGED, "a"));
        assertThatThrownBy(() -> Marker.fromXml(element("<displayed xmlns='urn:xmpp:chat-markers:0'/>")))
                .isInstanceOf(PayloadFormatException.class);
        assertThat(Marker.of(markable)).isEmpty();
    }

    @Test
    void example3IsAnsweredLikeExample4() throws Exception {
        Message answer = Marker.displayedFor(stanza(MARKABLE)).orElseThrow();
        assertThat(answer.to()).isEqualTo(Jid.of("romeo@montegue.lit"));
        assertThat(Marker.of(answer)).contains(Marker.displayed("the-msg-1"));
        // No marker for a marker (loops), nor for unmarkable or id-less messages.
        assertThat(Marker.displayedFor(stanza(DISPLAYED))).isEmpty();
        Message markable = stanza(MARKABLE);
        assertThat(Marker.displayedFor(markable.toBuilder().id(null).build())).isEmpty();
        assertThat(Marker.displayedFor(markable.toBuilder().removePayloads("markable", Markable.NAMESPACE).build()))
                .isEmpty();
        assertThatThrownBy(() -> Markable.attachTo(Message.builder().body("x").build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTrackerKeepsTheFurthestMarkerFromTheRecipient() {
        MarkerTracker tracker = new MarkerTracker(10);
        tracker.sent("m1", JULIET.bare());

        assertThat(tracker.latest("m1")).isEmpty();
        assertThat(tracker.received(JULIET, new Marker(Marker.Kind.RECEIVED, "m1"))).isTrue();
        assertThat(tracker.received(Jid.of("juliet@capulet.lit/phone"), Marker.displayed("m1"))).isTrue();
        assertThat(tracker.latest("m1")).contains(Marker.Kind.DISPLAYED);
        // Out of order: a late received marker does not move the state back.
        assertThat(tracker.received(JULIET, new Marker(Marker.Kind.RECEIVED, "m1"))).isFalse();
        assertThat(tracker.latest("m1")).contains(Marker.Kind.DISPLAYED);
    }

    @Test
    void hostileMarkersAreIgnored() {
        MarkerTracker tracker = new MarkerTracker(10);
        tracker.sent("m1", JULIET);

        assertThat(tracker.received(JULIET, Marker.displayed("never-sent"))).isFalse();
        assertThat(tracker.isTracking("never-sent")).isFalse();
        assertThat(tracker.received(Jid.of("tybalt@capulet.lit/balcony"), Marker.displayed("m1"))).isFalse();
        assertThat(tracker.received(null, Marker.displayed("m1"))).isFalse();
        assertThat(tracker.latest("m1")).isEmpty();
    }

    @Test
    void theTrackerIsBounded() {
        MarkerTracker tracker = new MarkerTracker(2);
        tracker.sent("m1", JULIET);
        tracker.sent("m2", JULIET);
        tracker.sent("m3", JULIET);

        assertThat(tracker.isTracking("m1")).isFalse();
        assertThat(tracker.received(JULIET, Marker.displayed("m1"))).isFalse();
        assertThat(tracker.received(JULIET, Marker.displayed("m3"))).isTrue();
    }
}
