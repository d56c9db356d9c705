package im.parley.xmpp.session;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.codec.CodecRegistry;
import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.routing.OrderedDispatcher;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.routing.StanzaClaim;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Claims take their stanzas away from generic listeners; handles remove; failures stay isolated; responses keep order. */
class StanzaRouterClaimsTest {
    private static final Jid ROOM = Jid.of("coven@chat.shakespeare.lit");
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<Stanza> replies = new CopyOnWriteArrayList<>();
    private final IqTracker tracker = new IqTracker(timer, () -> Jid.of("hag66@shakespeare.lit/pda"));
    private final StanzaRouter router = new StanzaRouter(new OrderedDispatcher(Runnable::run, 1_000), tracker, replies::add);

    @AfterEach
    void tearDown() {
        timer.shutdownNow();
    }

    private static XmlElement presenceFrom(String from) {
        return Presence.builder().from(Jid.of(from)).build().toXml();
    }

    private static XmlElement messageFrom(String from, String body) {
        return Message.builder().from(Jid.of(from)).body(body).build().toXml();
    }

    private static StanzaClaim roomClaim(List<Stanza> seen) {
        return new StanzaClaim() {
            @Override
            public boolean claims(Stanza s) {
                return s.from() != null && s.from().bare().equals(ROOM);
            }

            @Override
            public void message(Message m) {
                seen.add(m);
            }

            @Override
            public void presence(Presence p) {
                seen.add(p);
            }
        };
    }

    @Test
    void aClaimedStanzaReachesItsClaimOnlyUntilTheClaimIsRemoved() {
        List<Stanza> room = new ArrayList<>();
        List<Stanza> generic = new ArrayList<>();
        router.addMessageListener(generic::add);
        router.addPresenceListener(generic::add);
        Registration claim = router.addClaim(roomClaim(room));

        router.route(presenceFrom("coven@chat.shakespeare.lit/firstwitch"));
        router.route(messageFrom("coven@chat.shakespeare.lit/secondwitch", "private"));
        router.route(messageFrom("juliet@capulet.lit/balcony", "hi"));
        assertThat(room).hasSize(2);
        assertThat(generic).extracting(s -> s.from().toString()).containsExactly("juliet@capulet.lit/balcony");

        claim.close();
        router.route(presenceFrom("coven@chat.shakespeare.lit/thirdwitch"));
        assertThat(room).hasSize(2);
        assertThat(generic).hasSize(2);
    }

    @Test
    void aClaimAnswersTheRequestsItOwnsAndOthersStillReachTheirHandler() {
        router.addIqHandler(new IqHandlerKey("q", "urn:example", Iq.Type.GET), r -> r.result());
        router.addClaim(new StanzaClaim() {
            @Override
            public boolean claims(Stanza s) {
                return s.from() != null && s.from().bare().equals(ROOM);
            }
        });
        router.route(Iq.builder(Iq.Type.GET).id("claimed").from(ROOM.withResource("witch"))
                .payload(XmlElement.empty("q", "urn:example")).build().toXml());
        router.route(Iq.builder(Iq.Type.GET).id("free").from(Jid.of("juliet@capulet.lit/balcony"))
                .payload(XmlElement.empty("q", "urn:example")).build().toXml());
        assertThat(replies).extracting(s -> ((Iq) s).type()).containsExactly(Iq.Type.ERROR, Iq.Type.RESULT);
    }

    @Test
    void aThrowingListenerDoesNotHideTheStanzaFromTheOthers() {
        List<Message> second = new ArrayList<>();
        router.addMessageListener(m -> {
            throw new IllegalStateException("boom");
        });
        router.addMessageListener(second::add);
        router.route(messageFrom("juliet@capulet.lit/balcony", "one"));
        router.route(messageFrom("juliet@capulet.lit/balcony", "two"));
        assertThat(second).extracting(m -> m.body().orElseThrow()).containsExactly("one", "two");
    }

    @Test
    void removingAListenerStopsOnlyThatRegistration() {
        List<Message> seen = new ArrayList<>();
        java.util.function.Consumer<Message> listener = seen::add;
        Registration first = router.addMessageListener(listener);
        router.addMessageListener(listener);
        router.route(messageFrom("juliet@capulet.lit/balcony", "both"));
        first.close();
        first.close();
        router.route(messageFrom("juliet@capulet.lit/balcony", "one"));
        assertThat(seen).extracting(m -> m.body().orElseThrow()).containsExactly("both", "both", "one");
    }

    @Test
    void aSecondHandlerForTheSameRequestsIsRefusedAndAClosedOneFreesTheKey() {
        IqHandlerKey key = new IqHandlerKey("q", "urn:example", Iq.Type.GET);
        Registration first = router.addIqHandler(key, r -> r.result());
        Assertions.assertThatThrownBy(() -> router.addIqHandler(key, r -> r.result()))
                .isInstanceOf(IllegalStateException.class);
        first.close();
        router.addIqHandler(key, r -> r.result());
    }

    @Test
    void aResponseIsMatchedOnlyAfterTheMessagesItsSenderSentBeforeIt() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            StanzaRouter pooled = new StanzaRouter(new OrderedDispatcher(pool, 1_000), tracker, replies::add);
            List<String> order = new CopyOnWriteArrayList<>();
            pooled.addMessageListener(m -> {
                sleep(30);
                order.add(m.body().orElseThrow());
            });
            Jid archive = Jid.of("hag66@shakespeare.lit");
            Iq query = Iq.builder(Iq.Type.SET).id("mam1").to(archive).payload(XmlElement.empty("query", "urn:xmpp:mam:2")).build();
            CompletableFuture<Iq> fin = tracker.register(query, Duration.ofSeconds(10));
            fin.thenRun(() -> order.add("fin"));
            for (int i = 0; i < 5; i++) {
                pooled.route(messageFrom("hag66@shakespeare.lit", "result" + i));
            }
            pooled.route(Iq.builder(Iq.Type.RESULT).id("mam1").from(archive).build().toXml());
            fin.get(5, TimeUnit.SECONDS);
            assertThat(order).containsExactly("result0", "result1", "result2", "result3", "result4", "fin");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestWhosePayloadItsCodecFindsMalformedIsAnsweredWithTheCodecsErrorAndNeverHandled() {
        CodecRegistry codecs = new CodecRegistry();
        codecs.register(new PayloadCodec<String>() {
            @Override
            public QName name() {
                return new QName("urn:example", "q");
            }

            @Override
            public Class<String> type() {
                return String.class;
            }

            @Override
            public Decoded<String> decode(XmlElement element) {
                return element.attributeOrNull("must") == null
                        ? Decoded.malformed(StanzaErrorCondition.NOT_ACCEPTABLE, "no 'must'") : Decoded.value("ok");
            }

            @Override
            public XmlElement encode(String value) {
                return XmlElement.empty("q", "urn:example");
            }
        });
        StanzaRouter checked = new StanzaRouter(new OrderedDispatcher(Runnable::run, 1_000), false, tracker, codecs, replies::add);
        List<Iq> handled = new ArrayList<>();
        checked.addIqHandler(new IqHandlerKey("q", "urn:example", Iq.Type.GET), r -> {
            handled.add(r);
            return r.result();
        });
        Jid from = Jid.of("juliet@capulet.lit/balcony");
        checked.route(Iq.builder(Iq.Type.GET).id("bad").from(from).payload(XmlElement.empty("q", "urn:example")).build().toXml());
        checked.route(Iq.builder(Iq.Type.GET).id("good").from(from)
                .payload(XmlElement.builder("q", "urn:example").attribute("must", "1").build()).build().toXml());
        assertThat(handled).extracting(Iq::id).containsExactly("good");
        assertThat(((Iq) replies.get(0)).error().orElseThrow().condition()).isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE);
        assertThat(((Iq) replies.get(1)).type()).isEqualTo(Iq.Type.RESULT);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
