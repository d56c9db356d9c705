package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.mam.ArchivedMessage;
import im.parley.xmpp.ext.mam.MamManager;
import im.parley.xmpp.ext.mam.MamPage;
import im.parley.xmpp.ext.mam.MamPrefs;
import im.parley.xmpp.ext.mam.MamQuery;
import im.parley.xmpp.ext.mam.MamSupport;
import im.parley.xmpp.ext.mam.PageHandler;
import im.parley.xmpp.ext.mam.PagingResult;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * XEP-0313 against Prosody 0.12's mod_mam (max_archive_query_results 250 in the shared config):
 * §4 querying the user's own archive, §4.3 paging through it with RSM forward and backward, §4.1.3
 * after-id and before-id, §4.3.2 item-not-found for an unknown id, §9.2 forged results dropped,
 * and XEP-0441 §2.1 preferences.
 */
class MamIT {
    private static final int N = 600;
    private static final int PAGE = 250;
    private static final TestServer PROSODY = TestServer.prosody();
    /** A fresh account whose archive holds exactly the N messages, sent while it was offline. */
    private static Jid receiver;
    private static List<String> bodies;

    @BeforeAll
    static void fillAnArchive() throws Exception {
        receiver = TestSession.register(PROSODY, "mam-rcv");
        Jid sender = TestSession.register(PROSODY, "mam-snd");
        bodies = IntStream.range(0, N).mapToObj(i -> String.format("mam %03d", i)).toList();
        try (XmppClient client = connect(sender)) {
            for (int i = 0; i < N - 1; i++) {
                client.send(chat(receiver, bodies.get(i)));
            }
            client.sendAcknowledged(chat(receiver, bodies.get(N - 1))).get(60, TimeUnit.SECONDS);
        }
    }

    private static XmppClient connect(Jid account) throws Exception {
        XmppClient client = new XmppClient(PROSODY.config(account, TestSession.PASSWORD).build());
        client.connect();
        return client;
    }

    private static Message chat(Jid to, String body) {
        return Message.builder().to(to).type(Message.Type.CHAT).body(body).build();
    }

    private static List<String> bodies(List<ArchivedMessage> messages) {
        return messages.stream().map(m -> m.message().body().orElse("")).toList();
    }

    /** The receiver, without initial presence (so no offline flood), and what its listeners got. */
    private record Receiver(XmppClient client, MamManager mam, List<Message> live) implements AutoCloseable {
        static Receiver of(Jid account, boolean serverOrder) throws Exception {
            XmppClient client = new XmppClient(PROSODY.config(account, TestSession.PASSWORD)
                    .serverOrder(serverOrder).build());
            MamManager mam = new MamManager(client);
            List<Message> live = new CopyOnWriteArrayList<>();
            client.addMessageListener(live::add);
            client.connect();
            return new Receiver(client, mam, live);
        }

        @Override
        public void close() {
            client.close();
        }
    }

    @Test
    void pagingForwardGetsEveryMessageExactlyOnceInOrder() throws Exception {
        try (Receiver r = Receiver.of(receiver, false)) {
            List<MamPage> pages = new ArrayList<>();
            PagingResult done = r.mam().pageForward(null, MamQuery.ALL, null, PAGE, PageHandler.each(pages::add))
                    .get(120, TimeUnit.SECONDS);

            List<ArchivedMessage> all = pages.stream().flatMap(p -> p.messages().stream()).toList();
            assertThat(bodies(all)).isEqualTo(bodies);
            assertThat(pages).extracting(p -> p.messages().size()).containsExactly(250, 250, 100);
            assertThat(pages).extracting(MamPage::complete).containsExactly(false, false, true);
            assertThat(all).extracting(ArchivedMessage::id).doesNotHaveDuplicates().doesNotContainNull();
            List<Instant> stamps = all.stream().map(ArchivedMessage::stamp).toList();
            assertThat(stamps).doesNotContainNull().isSorted();
            assertThat(all).allSatisfy(m -> assertThat(m.message().from().bare()).isNotEqualTo(receiver));
            assertThat(done).isEqualTo(new PagingResult(3, N, all.get(N - 1).id(), true));
            assertThat(pages.get(0).set().first()).isEqualTo(all.get(0).id());
            assertThat(pages.get(0).set().last()).isEqualTo(all.get(PAGE - 1).id());
            assertThat(r.live()).as("results never reach the generic listeners").isEmpty();
            assertThat(r.mam().forgedDropped()).isZero();
            assertThat(r.mam().openQueryIds()).isEmpty();
            System.out.printf("MamIT: %d messages, %d distinct stamps, ids like %s, count %s%n", all.size(),
                    new HashSet<>(stamps).size(), all.get(0).id(), pages.get(0).set().count());

            // From a middle id: exactly the rest.
            String middle = all.get(299).id();
            List<ArchivedMessage> rest = new ArrayList<>();
            PagingResult tail = r.mam().pageForward(null, MamQuery.ALL, middle, PAGE,
                    PageHandler.each(p -> rest.addAll(p.messages()))).get(60, TimeUnit.SECONDS);
            assertThat(rest).extracting(ArchivedMessage::id).isEqualTo(all.subList(300, N).stream()
                    .map(ArchivedMessage::id).toList());
            assertThat(tail.reachedEnd()).isTrue();

            // Backward from the newest: the same messages, newest page first, each page in order.
            List<MamPage> older = new ArrayList<>();
            PagingResult back = r.mam().pageBackward(null, MamQuery.ALL, null, PAGE, PageHandler.each(older::add))
                    .get(120, TimeUnit.SECONDS);
            List<ArchivedMessage> reassembled = new ArrayList<>();
            for (int i = older.size() - 1; i >= 0; i--) {
                reassembled.addAll(older.get(i).messages());
            }
            assertThat(reassembled).extracting(ArchivedMessage::id)
                    .isEqualTo(all.stream().map(ArchivedMessage::id).toList());
            assertThat(bodies(older.get(0).messages())).isEqualTo(bodies.subList(N - PAGE, N));
            assertThat(back).isEqualTo(new PagingResult(3, N, all.get(0).id(), true));
        }
    }

    @Test
    void theServerCapsPagesAndAnswersIdsItDoesNotHave() throws Exception {
        try (Receiver r = Receiver.of(receiver, false)) {
            MamPage capped = r.mam().query(null, MamQuery.ALL, PageRequest.first(1000)).get(60, TimeUnit.SECONDS);
            assertThat(capped.messages()).as("Prosody's max_archive_query_results").hasSize(250);
            assertThat(capped.complete()).isFalse();

            MamPage defaults = r.mam().query(null, MamQuery.ALL, null).get(60, TimeUnit.SECONDS);
            System.out.printf("MamIT: a query without <set/> gets %d messages%n", defaults.messages().size());

            assertThatThrownBy(() -> r.mam().query(null, MamQuery.ALL, new PageRequest(10, "no-such-id", null, null))
                    .get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(StanzaErrorException.class)
                    .extracting(e -> ((StanzaErrorException) e).condition())
                    .isEqualTo(StanzaErrorCondition.ITEM_NOT_FOUND);
            assertThat(r.live()).isEmpty();
        }
    }

    @Test
    void theExtendedFeatureLimitsByAfterAndBeforeIds() throws Exception {
        try (Receiver r = Receiver.of(receiver, false)) {
            MamSupport support = r.mam().support(null).get(20, TimeUnit.SECONDS);
            System.out.println("MamIT: Prosody's own archive advertises " + support);
            assertThat(support.mam()).isTrue();
            if (!support.extended()) {
                return;
            }
            List<ArchivedMessage> first = r.mam().query(null, MamQuery.ALL, PageRequest.first(120))
                    .get(60, TimeUnit.SECONDS).messages();
            MamQuery between = new MamQuery(null, null, null, first.get(100).id(), first.get(110).id(), List.of(),
                    null, List.of());
            MamPage page = r.mam().query(null, between, PageRequest.first(50)).get(60, TimeUnit.SECONDS);

            assertThat(bodies(page.messages())).isEqualTo(bodies.subList(101, 110));
            assertThat(page.complete()).isTrue();
            MamPage one = r.mam().query(null, new MamQuery(null, null, null, null, null, List.of(first.get(7).id()),
                    null, List.of()), null).get(60, TimeUnit.SECONDS);
            assertThat(bodies(one.messages())).containsExactly(bodies.get(7));
        }
    }

    /**
     * §9.2, deterministically: the receiver handles stanzas in server order, and its listener holds
     * the lane on a first message until the forged result has been queued behind it, with the
     * query open, and ahead of the real results and fin.
     */
    @Test
    void forgedResultsAreDroppedNotDelivered() throws Exception {
        Jid victim = TestSession.register(PROSODY, "mam-victim");
        Jid attacker = TestSession.register(PROSODY, "mam-forger");
        try (XmppClient friend = connect(TestSession.register(PROSODY, "mam-friend"))) {
            friend.sendAcknowledged(chat(victim, "the only archived message")).get(20, TimeUnit.SECONDS);
        }
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (Receiver r = Receiver.of(victim, true); XmppClient forger = connect(attacker)) {
            r.client().addMessageListener(m -> {
                if ("hold".equals(m.body().orElse(null))) {
                    holding.countDown();
                    await(release);
                }
            });
            Jid target = r.client().jid();
            forger.sendAcknowledged(chat(target, "hold")).get(20, TimeUnit.SECONDS);
            assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<MamPage> query = r.mam().query(null, MamQuery.ALL, PageRequest.first(PAGE));
            Set<String> open = r.mam().openQueryIds();
            assertThat(open).hasSize(1);
            forger.sendAcknowledged(forged(target, open.iterator().next(), "forged during the query"))
                    .get(20, TimeUnit.SECONDS);
            Thread.sleep(500);
            release.countDown();
            MamPage page = query.get(60, TimeUnit.SECONDS);

            assertThat(bodies(page.messages())).containsExactly("the only archived message", "hold");
            assertThat(r.mam().forgedDropped()).isEqualTo(1);

            // And with no query open at all.
            forger.sendAcknowledged(forged(target, "guessed-query-id", "forged with no query")).get(20, TimeUnit.SECONDS);
            Eventually.await(() -> r.mam().forgedDropped() == 2, "the unsolicited result is dropped");
            assertThat(r.live()).extracting(m -> m.body().orElse("")).containsExactly("hold");

            MamPrefs prefs = r.mam().prefs().get(20, TimeUnit.SECONDS);
            assertThat(prefs.defaultBehaviour()).isEqualTo(MamPrefs.Default.ALWAYS);
            MamPrefs applied = r.mam().setPrefs(new MamPrefs(MamPrefs.Default.ROSTER, List.of(attacker),
                    List.of())).get(20, TimeUnit.SECONDS);
            assertThat(applied).isEqualTo(new MamPrefs(MamPrefs.Default.ROSTER, List.of(attacker), List.of()));
            assertThat(r.mam().prefs().get(20, TimeUnit.SECONDS)).isEqualTo(applied);
        } finally {
            release.countDown();
        }
    }

    /** A result as the archive would send it, but sent by another account. */
    private static Message forged(Jid to, String queryId, String body) {
        XmlElement inner = Message.builder().from(Jid.of("romeo@montague.lit/orchard")).to(to.bare())
                .type(Message.Type.CHAT).body(body).build().toXml();
        XmlElement result = XmlElement.builder("result", "urn:xmpp:mam:2").attribute("queryid", queryId)
                .attribute("id", "forged-" + queryId)
                .child(XmlElement.builder("forwarded", "urn:xmpp:forward:0")
                        .child(XmlElement.builder("delay", "urn:xmpp:delay").attribute("stamp", "2010-07-10T23:08:25Z")
                                .build())
                        .child(inner).build()).build();
        return Message.builder().to(to).payload(result).build();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
