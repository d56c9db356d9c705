package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.correction.Corrections;
import im.parley.xmpp.ext.correction.Replace;
import im.parley.xmpp.ext.markers.Markable;
import im.parley.xmpp.ext.markers.Marker;
import im.parley.xmpp.ext.markers.MarkerTracker;
import im.parley.xmpp.ext.reactions.ReactionAggregate;
import im.parley.xmpp.ext.reactions.Reactions;
import im.parley.xmpp.ext.retraction.Retract;
import im.parley.xmpp.ext.retraction.Retractions;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * XEP-0308 (correction, and its Business Rules on who may correct), XEP-0444 (reactions),
 * XEP-0333 §4.2 (displayed markers) and XEP-0424 (retraction) through the real Prosody.
 */
class MessageFeaturesIT {
    private final TestServer prosody = TestServer.prosody();

    private record Session(XmppClient client, BlockingQueue<Message> inbox) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }

    private Session connect(String user) throws Exception {
        XmppClient client = new XmppClient(prosody.config(user).build());
        BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
        client.addMessageListener(inbox::add);
        client.connect();
        client.send(Presence.builder().build());
        return new Session(client, inbox);
    }

    /** The first message in {@code inbox} matching {@code p}, waiting up to 20 s. */
    private static Message await(BlockingQueue<Message> inbox, Predicate<Message> p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Message m = inbox.poll(200, TimeUnit.MILLISECONDS);
            if (m != null && p.test(m)) {
                return m;
            }
        }
        throw new AssertionError("no such message");
    }

    private static Predicate<Message> withId(String id) {
        return m -> id.equals(m.id());
    }

    @Test
    void bobClassifiesAlicesCorrectionReactionAndRetractionAndRejectsCarolsCorrection() throws Exception {
        try (Session alice = connect("alice"); Session bob = connect("bob"); Session carol = connect("carol")) {
            MarkerTracker aliceMarkers = new MarkerTracker(100);
            ReactionAggregate bobReactions = new ReactionAggregate(100);

            // The original, markable so that bob can tell alice he has seen it.
            String originalId = "orig-" + UUID.randomUUID();
            Message sent = Markable.attachTo(Message.builder().to(bob.client().jid()).id(originalId)
                    .type(Message.Type.CHAT).body("But soft, what light through yonder airlock breaks?").build());
            aliceMarkers.sent(originalId, sent.to());
            alice.client().send(sent);
            Message original = await(bob.inbox(), withId(originalId));
            assertThat(original.from()).isEqualTo(alice.client().jid());
            assertThat(Markable.isMarkable(original)).isTrue();
            bobReactions.known(originalId);

            // The correction, from the same full JID: valid.
            Message correction = Corrections.correct(sent, "But soft, what light through yonder window breaks?",
                    "fix-" + UUID.randomUUID());
            alice.client().send(correction);
            Message gotCorrection = await(bob.inbox(), withId(correction.id()));
            assertThat(Replace.of(gotCorrection)).contains(new Replace(originalId));
            assertThat(Corrections.isValidCorrection(original, gotCorrection)).isTrue();

            // A reaction to the original counts; one to an id bob never got is kept out.
            alice.client().send(new Reactions(originalId, Set.of("👋")).toMessage(Message.builder()
                    .to(bob.client().jid()).id("react-" + UUID.randomUUID()).type(Message.Type.CHAT)));
            alice.client().send(new Reactions("unknown-" + UUID.randomUUID(), Set.of("🐢")).toMessage(Message.builder()
                    .to(bob.client().jid()).id("react-unknown").type(Message.Type.CHAT)));
            Message reaction = await(bob.inbox(), m -> Reactions.of(m).isPresent());
            assertThat(bobReactions.apply(reaction.from(), Reactions.of(reaction).orElseThrow())).isTrue();
            Message unknown = await(bob.inbox(), withId("react-unknown"));
            assertThat(bobReactions.apply(unknown.from(), Reactions.of(unknown).orElseThrow())).isFalse();
            assertThat(bobReactions.counts(originalId)).isEqualTo(Map.of("👋", 1));

            // Bob's displayed marker goes back to alice's bare JID and moves her tracker on;
            // carol's marker for the same id is ignored.
            carol.client().send(Message.builder().to(alice.client().jid()).type(Message.Type.CHAT)
                    .payload(Marker.displayed(originalId).toXml()).build());
            Message carolsMarker = await(alice.inbox(), m -> Marker.of(m).isPresent());
            assertThat(aliceMarkers.received(carolsMarker.from(), Marker.of(carolsMarker).orElseThrow())).isFalse();
            bob.client().send(Marker.displayedFor(original).orElseThrow());
            Message marker = await(alice.inbox(), m -> Marker.of(m).isPresent());
            assertThat(marker.from().bare()).isEqualTo(prosody.jid("bob"));
            assertThat(aliceMarkers.received(marker.from(), Marker.of(marker).orElseThrow())).isTrue();
            assertThat(aliceMarkers.latest(originalId)).contains(Marker.Kind.DISPLAYED);

            // Carol claims to correct and retract alice's message: both refused.
            Message forged = Corrections.correct(originalId, Message.builder().to(bob.client().jid())
                    .id("forged-" + UUID.randomUUID()).type(Message.Type.CHAT).body("I never said that").build());
            carol.client().send(forged);
            Message gotForged = await(bob.inbox(), withId(forged.id()));
            assertThat(gotForged.from().bare()).isEqualTo(prosody.jid("carol"));
            assertThat(Corrections.isValidCorrection(original, gotForged)).isFalse();
            String forgedRetractId = "forged-retract-" + UUID.randomUUID();
            carol.client().send(Retractions.retract(bob.client().jid(), originalId, forgedRetractId));
            assertThat(Retractions.isValidRetraction(original, await(bob.inbox(), withId(forgedRetractId)))).isFalse();

            // Alice's own retraction is honoured.
            Message retraction = Retractions.retract(bob.client().jid(), originalId, "retract-" + UUID.randomUUID());
            alice.client().send(retraction);
            Message gotRetraction = await(bob.inbox(), withId(retraction.id()));
            assertThat(Retract.of(gotRetraction)).contains(new Retract(originalId));
            assertThat(Retractions.isValidRetraction(original, gotRetraction)).isTrue();
        }
    }
}
