package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.ext.offline.OfflineHeader;
import im.parley.xmpp.ext.offline.OfflineManager;
import im.parley.xmpp.ext.offline.OfflineMessages;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * XEP-0013 against ejabberd's mod_offline, which offers flexible retrieval (Prosody 0.12 does
 * not): the user sees how many messages wait and from whom, reads one, deletes it, and the
 * others stay stored until read and purged.
 */
class FlexibleOfflineIT {
    private final TestServer ejabberd = TestServer.ejabberd();

    /**
     * No other test uses carol on ejabberd. A fresh account is not an option: ejabberd allows one
     * in-band registration per address every 10 minutes (registration_timeout).
     */
    private XmppClient carol() {
        return new XmppClient(ejabberd.config("carol").build());
    }

    /**
     * The server sends viewed messages before its result (§2.4), but message listeners are told
     * on their own, possibly after the result completed the request.
     */
    private static void awaitSize(List<Message> received, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (received.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received).hasSize(size);
    }

    @Test
    void countHeadersViewOneAndRemoveIt() throws Exception {
        try (XmppClient client = carol()) {
            client.connect();
            ServiceDiscovery disco = new ServiceDiscovery(client, List.of(), List.of());
            assumeTrue(disco.info(Jid.domain(ejabberd.domain())).get(20, TimeUnit.SECONDS)
                    .hasFeature(OfflineMessages.FEATURE), "the server offers flexible offline retrieval");
            // Whatever an earlier run left stored goes first.
            new OfflineManager(client).purge().get(20, TimeUnit.SECONDS);
        }
        Jid writerJid;
        try (XmppClient writer = new XmppClient(ejabberd.config("alice").build())) {
            writer.connect();
            writerJid = writer.jid();
            for (String body : List.of("first", "second", "third")) {
                writer.sendAcknowledged(Message.builder().to(ejabberd.jid("carol")).id("flex-" + body)
                        .type(Message.Type.CHAT).body(body).build()).get(20, TimeUnit.SECONDS);
            }
        }

        // No initial presence: the server would flood the stored messages right after it (§2.1).
        try (XmppClient client = carol()) {
            List<Message> received = new CopyOnWriteArrayList<>();
            client.addMessageListener(received::add);
            client.connect();
            OfflineManager offline = new OfflineManager(client);

            assertThat(offline.count().get(20, TimeUnit.SECONDS)).isEqualTo(OptionalInt.of(3));
            List<OfflineHeader> headers = offline.headers().get(20, TimeUnit.SECONDS);
            assertThat(headers).hasSize(3).allSatisfy(h -> assertThat(h.from()).isEqualTo(writerJid));
            assertThat(headers).extracting(OfflineHeader::node).doesNotHaveDuplicates();
            assertThat(received).as("nothing is pushed before it is asked for").isEmpty();

            OfflineHeader chosen = headers.get(1);
            offline.view(List.of(chosen.node())).get(20, TimeUnit.SECONDS);
            awaitSize(received, 1);
            assertThat(received).singleElement().satisfies(m -> {
                assertThat(OfflineMessages.node(m)).contains(chosen.node());
                assertThat(m.from()).isEqualTo(writerJid);
                assertThat(m.body()).isPresent();
            });
            String viewedBody = received.get(0).body().orElseThrow();

            offline.remove(List.of(chosen.node())).get(20, TimeUnit.SECONDS);
            assertThat(offline.count().get(20, TimeUnit.SECONDS)).isEqualTo(OptionalInt.of(2));
            assertThat(offline.headers().get(20, TimeUnit.SECONDS)).extracting(OfflineHeader::node)
                    .hasSize(2).doesNotContain(chosen.node());

            // The rest, still stored: fetchAll lists and views them, since ejabberd 23.01's <fetch/> sends nothing here.
            assertThat(offline.fetchAll().get(20, TimeUnit.SECONDS)).hasSize(2);
            awaitSize(received, 3);
            assertThat(received.subList(1, 3)).extracting(m -> m.body().orElseThrow())
                    .containsExactlyInAnyOrderElementsOf(
                            List.of("first", "second", "third").stream().filter(b -> !b.equals(viewedBody)).toList());
            offline.purge().get(20, TimeUnit.SECONDS);
            assertThat(offline.count().get(20, TimeUnit.SECONDS)).isEqualTo(OptionalInt.of(0));
        }
    }
}
