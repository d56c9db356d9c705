package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.DeliveryState;
import im.parley.client.TrackedMessage;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.Profile;
import im.parley.xmpp.ext.attention.Attention;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.ext.correction.Replace;
import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.ext.markers.Markable;
import im.parley.xmpp.ext.markers.Marker;
import im.parley.xmpp.ext.reactions.Reactions;
import im.parley.xmpp.ext.reply.Reply;
import im.parley.xmpp.ext.reply.ReplyFallback;
import im.parley.xmpp.ext.retraction.Retract;
import im.parley.xmpp.ext.retraction.Retractions;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.transport.ServerAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's message actions on the real Prosody: corrections (XEP-0308), retractions (XEP-0424),
 * reactions (XEP-0444), replies (XEP-0461), chat states (XEP-0085), displayed markers (XEP-0333)
 * and attention (XEP-0224), as the contact receives them and as the local archive keeps them.
 */
class MessageActionsIT {
    private final TestServer prosody = TestServer.prosody();

    @TempDir
    Path profileDir;

    private ClientConfig config(Jid jid) {
        return prosody.config(jid.withResource("desk"), TestSession.PASSWORD).build();
    }

    /** Connects the account; returns its events from the start. */
    private static List<AccountEvent> connected(Account desk) throws Exception {
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        desk.subscribe(events::add);
        desk.connect().get(20, TimeUnit.SECONDS);
        return events;
    }

    private static HistoryMessage byId(List<HistoryMessage> page, String id) {
        return page.stream().filter(m -> id.equals(m.messageId())).findFirst().orElseThrow();
    }

    private static boolean sent(List<AccountEvent> events, TrackedMessage m) {
        return events.stream().anyMatch(e -> e instanceof AccountEvent.DeliveryChanged d
                && d.message().originId().equals(m.originId()) && d.message().state().compareTo(DeliveryState.SENT) >= 0);
    }

    @Test
    void theContactGetsEachChangeNamingTheOriginalAndTheArchiveShowsIt() throws Exception {
        Jid alice = TestSession.register(prosody, "actions-a");
        try (TestSession bob = TestSession.fresh(prosody, "actions-b");
             Profile profile = Profile.open(profileDir);
             Account desk = profile.account(config(alice))) {
            List<AccountEvent> events = connected(desk);

            TrackedMessage typo = desk.send(bob.jid(), "helo");
            TrackedMessage rash = desk.send(bob.jid(), "something rash");
            bob.await(TestSession.withId(rash.originId()));

            TrackedMessage correction = desk.correct(bob.jid(), typo.originId(), "hello");
            // Told on the account's event thread, just after the call returns.
            await(() -> events.contains(new AccountEvent.ChangeSent(correction)), "the correction's echo");
            Message fixed = bob.await(m -> Replace.of(m).isPresent());
            assertThat(Replace.of(fixed)).as("XEP-0308: the original's id").contains(new Replace(typo.originId()));
            assertThat(fixed.id()).isEqualTo(correction.originId());
            assertThat(fixed.body()).contains("hello");

            desk.retract(bob.jid(), rash.originId());
            Message retraction = bob.await(m -> Retract.of(m).isPresent());
            assertThat(Retract.of(retraction)).contains(new Retract(rash.originId()));
            assertThat(retraction.body()).as("XEP-0424 fallback").contains(Retractions.FALLBACK_BODY);

            desk.react(bob.jid(), typo.originId(), Set.of("👍"));
            Message reaction = bob.await(m -> Reactions.of(m).isPresent());
            assertThat(Reactions.of(reaction)).contains(new Reactions(typo.originId(), Set.of("👍")));

            bob.client().send(Markable.attachTo(ChatState.ACTIVE.attachTo(Message.builder().type(Message.Type.CHAT)
                    .to(alice).id("bob-1").body("coffee?").build())));
            await(() -> events.stream().anyMatch(e -> e instanceof AccountEvent.MessageReceived r
                    && "bob-1".equals(r.message().id())), "bob's question arrived");
            TrackedMessage reply = desk.reply(bob.jid(), "yes please", "bob-1", bob.client().jid(), "coffee?");
            Message answer = bob.await(m -> Reply.of(m).isPresent());
            assertThat(Reply.of(answer)).contains(new Reply(bob.client().jid(), "bob-1"));
            assertThat(answer.body().orElseThrow()).startsWith("> ").endsWith("yes please");
            assertThat(ReplyFallback.strip(answer)).isEqualTo("yes please");
            await(() -> sent(events, reply) && sent(events, correction), "the reply and the correction reached the server");

            List<HistoryMessage> page = profile.history(alice).page(bob.jid(), null, 10);
            assertThat(page).hasSize(4);
            assertThat(byId(page, typo.originId())).satisfies(m -> {
                assertThat(m.body()).isEqualTo("hello");
                assertThat(m.edited()).isTrue();
                assertThat(m.reactions()).containsEntry(alice.toString(), List.of("👍"));
            });
            assertThat(byId(page, rash.originId()).retracted()).isTrue();
            assertThat(byId(page, reply.originId())).satisfies(m -> {
                assertThat(m.replyToId()).isEqualTo("bob-1");
                assertThat(m.body()).isEqualTo("yes please");
            });
            assertThat(profile.history(alice).conversations()).singleElement()
                    .satisfies(c -> assertThat(c.unread()).isEqualTo(1));

            assertThat(desk.markDisplayed(bob.jid(), "bob-1")).as("bob-1 asked for a marker").isTrue();
            Message marker = bob.await(m -> Marker.of(m).isPresent());
            assertThat(Marker.of(marker)).contains(Marker.displayed("bob-1"));
            await(() -> events.contains(new AccountEvent.ConversationRead(bob.jid(), "bob-1")), "the read event");
            assertThat(profile.history(alice).conversations()).singleElement()
                    .satisfies(c -> assertThat(c.unread()).isZero());
            assertThat(desk.markDisplayed(bob.jid(), typo.originId())).as("not a markable message of bob's").isFalse();

            desk.attention(bob.jid()).get(20, TimeUnit.SECONDS);
            assertThat(Attention.isRequested(bob.await(Attention::isRequested))).isTrue();
        }
    }

    /** XEP-0224: a nudge is told only from a contact in the roster, and never a replayed (delayed) one. */
    @Test
    void attentionIsToldFromAContactButNotFromAStrangerOrWhenReplayed() throws Exception {
        Jid alice = TestSession.register(prosody, "nudge-a");
        try (TestSession bob = TestSession.fresh(prosody, "nudge-b");
             Profile profile = Profile.open(profileDir);
             Account desk = profile.account(config(alice))) {
            List<AccountEvent> events = connected(desk);

            bob.client().send(Attention.request(alice, null));
            bob.client().send(Message.builder().type(Message.Type.CHAT).to(alice).id("after-1").body("hello?").build());
            await(() -> events.stream().anyMatch(e -> e instanceof AccountEvent.MessageReceived), "bob's message after it");
            assertThat(events).as("a stranger's nudge").noneMatch(e -> e instanceof AccountEvent.AttentionRequested);

            desk.current().roster().set(RosterItem.of(bob.jid(), "Bob", Set.of())).get(20, TimeUnit.SECONDS);
            bob.client().send(Message.builder().type(Message.Type.HEADLINE).to(alice)
                    .payload(new Attention().toXml())
                    .payload(new Delay(java.time.Instant.parse("2026-12-01T10:00:00Z"), null, null).toXml()).build());
            bob.client().send(Attention.request(alice, null));
            await(() -> events.contains(new AccountEvent.AttentionRequested(bob.client().jid())), "the contact's nudge");
            assertThat(events).filteredOn(e -> e instanceof AccountEvent.AttentionRequested).as("the delayed one was not told")
                    .hasSize(1);
            assertThat(profile.history(alice).count(bob.jid())).as("a nudge is no line of the conversation").isEqualTo(1);
        }
    }

    @Test
    void chatStatesGoOnlyToAContactWhoUsesThemAndHasNotGone() throws Exception {
        Jid alice = TestSession.register(prosody, "states-a");
        try (TestSession bob = TestSession.fresh(prosody, "states-b");
             Profile profile = Profile.open(profileDir);
             Account desk = profile.account(config(alice))) {
            List<AccountEvent> events = connected(desk);

            bob.client().send(Message.builder().type(Message.Type.CHAT).to(alice).id("plain").body("no states here").build());
            await(() -> events.stream().anyMatch(e -> e instanceof AccountEvent.MessageReceived), "bob's message arrived");
            assertThat(desk.sendChatState(bob.jid(), ChatState.COMPOSING)).as("XEP-0085 §5.1 MUST NOT").isFalse();

            bob.client().send(ChatState.ACTIVE.attachTo(Message.builder().type(Message.Type.CHAT).to(alice).build()));
            await(() -> events.stream().anyMatch(e -> e instanceof AccountEvent.ChatStateChanged), "bob's state arrived");
            assertThat(desk.sendChatState(bob.jid(), ChatState.COMPOSING)).isTrue();
            Message composing = bob.await(m -> ChatState.of(m).isPresent());
            assertThat(ChatState.of(composing)).contains(ChatState.COMPOSING);
            assertThat(composing.body()).isEmpty();

            bob.client().send(ChatState.GONE.attachTo(Message.builder().type(Message.Type.CHAT).to(alice).build()));
            await(() -> events.contains(new AccountEvent.ChatStateChanged(bob.client().jid(), ChatState.GONE)), "bob went");
            assertThat(desk.sendChatState(bob.jid(), ChatState.PAUSED)).isFalse();
            assertThat(profile.history(alice).count(bob.jid())).as("chat states are not stored").isEqualTo(1);

            desk.disconnect();
            assertThat(desk.sendChatState(bob.jid(), ChatState.ACTIVE)).as("dropped while offline").isFalse();
        }
    }

    @Test
    void aCorrectionWrittenOfflineGoesOutAfterARestartNamingTheOriginal() throws Exception {
        Jid alice = TestSession.register(prosody, "later-a");
        try (TestSession bob = TestSession.fresh(prosody, "later-b")) {
            TrackedMessage typo;
            TrackedMessage correction;
            ClientConfig unreachable = config(alice).toBuilder().server(new ServerAddress("127.0.0.1", 1, false)).build();
            try (Profile profile = Profile.open(profileDir); Account offline = profile.account(unreachable)) {
                typo = offline.send(bob.jid(), "see you at noun");
                correction = offline.correct(bob.jid(), typo.originId(), "see you at noon");
            }
            try (Profile profile = Profile.open(profileDir); Account desk = profile.account(config(alice))) {
                desk.connect().get(20, TimeUnit.SECONDS);
                Message fixed = bob.await(m -> Replace.of(m).isPresent());
                assertThat(fixed.id()).isEqualTo(correction.originId());
                assertThat(Replace.of(fixed)).contains(new Replace(typo.originId()));
                assertThat(fixed.body()).contains("see you at noon");
                assertThat(bob.inbox().indexOf(bob.await(TestSession.withId(typo.originId()))))
                        .as("the original first").isLessThan(bob.inbox().indexOf(fixed));
                assertThat(profile.history(alice).page(bob.jid(), null, 10)).singleElement()
                        .satisfies(m -> assertThat(m.body()).isEqualTo("see you at noon"));
            }
        }
    }

    @Test
    void theSlixmppPeerSeesTheCorrectedTextAndTheUsersChatState() throws Exception {
        Jid alice = TestSession.register(prosody, "peer-a");
        try (SlixmppPeer carol = SlixmppPeer.start(prosody, "carol", "--stdin");
             Profile profile = Profile.open(profileDir);
             Account desk = profile.account(config(alice))) {
            List<AccountEvent> events = connected(desk);
            Jid carolBare = carol.jid().bare();

            carol.command("{\"cmd\":\"send\",\"to\":\"" + alice + "\",\"body\":\"hi\",\"chatstate\":\"active\"}");
            await(() -> events.stream().anyMatch(e -> e instanceof AccountEvent.ChatStateChanged), "carol's state arrived");
            assertThat(desk.sendChatState(carolBare, ChatState.COMPOSING)).isTrue();
            assertThat(SlixmppPeer.field(carol.await(l -> SlixmppPeer.event("chatstate").test(l)
                    && l.contains(alice.toString()), 20), "state")).isEqualTo("composing");

            TrackedMessage typo = desk.send(carolBare, "helo carol");
            carol.await(l -> SlixmppPeer.event("message").test(l) && l.contains(typo.originId()), 20);
            TrackedMessage correction = desk.correct(carolBare, typo.originId(), "hello carol");
            // peer.py prints no replace element: the corrected text under the correction's own id is what it shows.
            String shown = carol.await(l -> SlixmppPeer.event("message").test(l) && l.contains(correction.originId()), 20);
            assertThat(SlixmppPeer.field(shown, "body")).isEqualTo("hello carol");
            await(() -> events.stream().anyMatch(e -> e instanceof AccountEvent.DeliveryChanged d
                    && d.message().originId().equals(correction.originId())
                    && d.message().state() == DeliveryState.DELIVERED), "carol's receipt for the correction");
            assertThat(profile.history(alice).page(carolBare, null, 10)).filteredOn(HistoryMessage::outgoing)
                    .singleElement().satisfies(m -> assertThat(m.body()).isEqualTo("hello carol"));
        }
    }
}
