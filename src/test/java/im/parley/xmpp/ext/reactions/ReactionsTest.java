package im.parley.xmpp.ext.reactions;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** XEP-0444 examples 5 to 7 and the aggregation of reactions per sender. */
class ReactionsTest {
    private static final String MESSAGE_ID = "744f6e18-a57a-11e9-a656-4889e7820c76";
    // XEP-0444 examples 5, 6 and 7, with the client namespace and a sender added.
    private static final String WAVE = """
            <message xmlns='jabber:client' from='juliet@capulet.net/balcony' to='romeo@capulet.net/orchard'
                id='7fdd29fa-a57a-11e9-b04a-4889e7820c76' type='chat'>
              <reactions id='744f6e18-a57a-11e9-a656-4889e7820c76' xmlns='urn:xmpp:reactions:0'>
                <reaction>👋</reaction>
              </reactions>
              <store xmlns="urn:xmpp:hints"/>
            </message>""";
    private static final String WAVE_AND_TURTLE = """
            <message xmlns='jabber:client' from='juliet@capulet.net/balcony' to='romeo@capulet.net/orchard'
                id='96d73204-a57a-11e9-88b8-4889e7820c76' type='chat'>
              <reactions id='744f6e18-a57a-11e9-a656-4889e7820c76' xmlns='urn:xmpp:reactions:0'>
                <reaction>👋</reaction>
                <reaction>🐢</reaction>
              </reactions>
              <store xmlns="urn:xmpp:hints"/>
            </message>""";
    private static final String NONE = """
            <message xmlns='jabber:client' from='juliet@capulet.net/balcony' to='romeo@capulet.net/orchard'
                id='973c9d2e-a57a-11e9-af82-4889e7820c76' type='chat'>
              <reactions id='744f6e18-a57a-11e9-a656-4889e7820c76' xmlns='urn:xmpp:reactions:0'/>
              <store xmlns="urn:xmpp:hints"/>
            </message>""";
    private static final Jid JULIET = Jid.of("juliet@capulet.net/balcony");
    private static final Jid NURSE = Jid.of("nurse@capulet.net/kitchen");

    @Test
    void readsAndRoundTripsTheXepExamples() throws Exception {
        assertThat(Reactions.of(stanza(WAVE))).contains(new Reactions(MESSAGE_ID, Set.of("👋")));
        assertThat(Reactions.of(stanza(WAVE_AND_TURTLE)).orElseThrow().emojis()).containsExactly("👋", "🐢");
        assertThat(Reactions.of(stanza(NONE))).contains(new Reactions(MESSAGE_ID, Set.of()));
        Reactions r = Reactions.of(stanza(WAVE_AND_TURTLE)).orElseThrow();
        assertThat(Reactions.fromXml(r.toXml())).isEqualTo(r);
        assertThatThrownBy(() -> Reactions.fromXml(element("<reactions xmlns='urn:xmpp:reactions:0'/>")))
                .isInstanceOf(PayloadFormatException.class);
    }

    @Test
    void buildsExample5() throws Exception {
        Message built = new Reactions(MESSAGE_ID, Set.of("👋")).toMessage(Message.builder()
                .from(JULIET).to(Jid.of("romeo@capulet.net/orchard")).id("7fdd29fa-a57a-11e9-b04a-4889e7820c76")
                .type(Message.Type.CHAT));
        Message example = stanza(WAVE);
        // Compared as payloads: the example's indentation inside <reactions> is not on our wire.
        assertThat(Reactions.of(built)).isEqualTo(Reactions.of(example));
        assertThat(built.payload("store", "urn:xmpp:hints")).isEqualTo(example.payload("store", "urn:xmpp:hints"));
        assertThat(List.of(built.from(), built.to(), built.id(), built.type()))
                .isEqualTo(List.of(example.from(), example.to(), example.id(), example.type()));
    }

    @Test
    void eachSendersLatestReactionsReplaceTheirEarlierOnes() throws Exception {
        ReactionAggregate aggregate = new ReactionAggregate(100);
        aggregate.known(MESSAGE_ID);

        assertThat(aggregate.apply(JULIET, Reactions.of(stanza(WAVE)).orElseThrow())).isTrue();
        assertThat(aggregate.apply(NURSE, new Reactions(MESSAGE_ID, Set.of("👋")))).isTrue();
        assertThat(aggregate.counts(MESSAGE_ID)).isEqualTo(Map.of("👋", 2));

        // Another resource of juliet is still juliet: her new set replaces the old one.
        aggregate.apply(Jid.of("juliet@capulet.net/phone"), Reactions.of(stanza(WAVE_AND_TURTLE)).orElseThrow());
        assertThat(aggregate.counts(MESSAGE_ID)).isEqualTo(Map.of("👋", 2, "🐢", 1));
        assertThat(aggregate.of(MESSAGE_ID, JULIET)).containsExactly("👋", "🐢");

        aggregate.apply(JULIET, Reactions.of(stanza(NONE)).orElseThrow());
        assertThat(aggregate.counts(MESSAGE_ID)).isEqualTo(Map.of("👋", 1));
        assertThat(aggregate.of(MESSAGE_ID, JULIET)).isEmpty();
    }

    @Test
    void reactionsToUnknownMessagesAreKeptOut() {
        ReactionAggregate aggregate = new ReactionAggregate(2);
        aggregate.known(MESSAGE_ID);

        assertThat(aggregate.apply(JULIET, new Reactions("never-sent", Set.of("💩")))).isFalse();
        assertThat(aggregate.isKnown("never-sent")).isFalse();
        assertThat(aggregate.counts("never-sent")).isEmpty();
        assertThat(aggregate.apply(null, new Reactions(MESSAGE_ID, Set.of("💩")))).isFalse();
        assertThat(aggregate.counts(MESSAGE_ID)).isEmpty();

        // Bounded: the oldest message falls out once the capacity is reached.
        aggregate.known("m2");
        aggregate.known("m3");
        assertThat(aggregate.isKnown(MESSAGE_ID)).isFalse();
        assertThat(aggregate.apply(JULIET, new Reactions(MESSAGE_ID, Set.of("👋")))).isFalse();
    }
}
