package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.transport.ServerAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** RFC 6120 §10 delivery order and XEP-0198 resumption, between two real sessions on Prosody. */
class MessagingIT {
    private static final int COUNT = 1000;
    private final TestServer prosody = TestServer.prosody();

    @Test
    void thousandMessagesArriveInOrderAndNoneIsLost() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config("alice").build());
             XmppClient bob = new XmppClient(prosody.config("bob").build())) {
            Receiver received = new Receiver(bob, "order-");
            alice.connect();
            bob.connect();
            bob.send(Presence.builder().build());

            for (int i = 0; i < COUNT; i++) {
                alice.send(chat(bob.jid(), "order-" + i));
            }

            assertThat(received.await(COUNT, 60)).as("messages received").isTrue();
            assertThat(received.bodies()).containsExactlyElementsOf(expected("order-"));
        }
    }

    /**
     * The receiver's socket is cut while the server is pushing the burst at it: the server keeps
     * what it could not deliver, the receiver resumes with its count, and gets the rest once.
     */
    @Test
    void receiverResumesAfterItsSocketIsCutMidBurstAndGetsEveryMessageOnce() throws Exception {
        // Prosody keeps at most 500 unacknowledged stanzas per session (smacks_max_queue_size)
        // and refuses to resume beyond that, so the cut comes three quarters into the burst. If a
        // slow run still overflows the queue, a second scenario follows; a real regression fails both.
        AssertionError first = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                receiverCutScenario("in" + attempt + "-");
                return;
            } catch (AssertionError e) {
                if (first != null) {
                    e.addSuppressed(first);
                    throw e;
                }
                first = e;
                System.err.println("receiver resume scenario failed once, trying again: " + e.getMessage());
            }
        }
    }

    /**
     * The receiver's socket is cut while the server is pushing the burst at it: the server keeps
     * what it could not deliver, the receiver resumes with its count, and gets the rest once.
     */
    private void receiverCutScenario(String prefix) throws Exception {
        try (TcpProxy proxy = new TcpProxy(prosody.c2sPort());
             XmppClient alice = new XmppClient(prosody.config("alice").build());
             XmppClient bob = new XmppClient(prosody.config("bob")
                     .server(new ServerAddress("127.0.0.1", proxy.port(), false)).reconnect(true).build())) {
            Receiver received = new Receiver(bob, prefix);
            bob.addMessageListener(m -> {
                if (m.body().orElse("").equals(prefix + COUNT * 3 / 4)) {
                    proxy.cutAll();
                }
            });
            CountDownLatch resumed = resumedLatch(bob);
            alice.connect();
            bob.connect();
            bob.send(Presence.builder().build());

            for (int i = 0; i < COUNT; i++) {
                alice.send(chat(bob.jid(), prefix + i));
            }

            assertThat(resumed.await(30, TimeUnit.SECONDS)).as("session resumed").isTrue();
            assertThat(received.await(COUNT, 60)).as("messages received").isTrue();
            // Give duplicates, if any were sent, time to show up before judging "exactly once".
            Thread.sleep(500);
            assertThat(received.bodies()).containsExactlyElementsOf(expected(prefix));
        }
    }

    /**
     * The sender's socket is cut mid-burst. The sender resumes and resends what the server had not
     * acknowledged. Prosody 0.12 may refuse the resumed stream (it feeds it to the old
     * connection's parser, which can hold half a stanza); then the engine must hand the
     * unacknowledged stanzas back. Either way nothing is lost silently and nothing arrives twice.
     */
    @Test
    void senderCutMidBurstLosesNothingSilently() throws Exception {
        try (TcpProxy proxy = new TcpProxy(prosody.c2sPort());
             XmppClient alice = new XmppClient(prosody.config("alice")
                     .server(new ServerAddress("127.0.0.1", proxy.port(), false)).reconnect(true).build());
             XmppClient bob = new XmppClient(prosody.config("bob").build())) {
            Receiver received = new Receiver(bob, "out-");
            List<String> handedBack = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch recovered = new CountDownLatch(1);
            alice.addConnectionListener(new ConnectionListener() {
                @Override
                public void resumed() {
                    recovered.countDown();
                }

                @Override
                public void connected(Jid boundJid) {
                    recovered.countDown();
                }

                @Override
                public void unacknowledged(List<Stanza> stanzas) {
                    stanzas.forEach(s -> handedBack.add(((Message) s).body().orElseThrow()));
                }
            });
            alice.connect();
            bob.connect();
            bob.send(Presence.builder().build());

            for (int i = 0; i < COUNT; i++) {
                if (i == COUNT / 3) {
                    proxy.cutAll();
                }
                alice.send(chat(bob.jid(), "out-" + i));
            }

            assertThat(recovered.await(30, TimeUnit.SECONDS)).as("session recovered").isTrue();
            awaitAcknowledged(alice, chat(bob.jid(), "done"));
            received.await(COUNT - handedBack.size(), 30);
            Thread.sleep(500);
            List<String> delivered = received.bodies();
            assertThat(delivered).doesNotHaveDuplicates();
            assertThat(delivered).isSubsetOf(expected("out-"));
            assertThat(delivered).isSortedAccordingTo(java.util.Comparator.comparingInt(b -> Integer.parseInt(b.substring(4))));
            List<String> accounted = new ArrayList<>(delivered);
            accounted.addAll(handedBack);
            assertThat(accounted).containsAll(expected("out-"));
        }
    }

    /** Sends until the server acknowledges: a refused resumption may still be reconnecting. */
    private static void awaitAcknowledged(XmppClient client, Message m) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                client.sendAcknowledged(m).get(10, TimeUnit.SECONDS);
                return;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the session never recovered", e);
                }
                Thread.sleep(200);
            }
        }
    }

    private static CountDownLatch resumedLatch(XmppClient client) {
        CountDownLatch resumed = new CountDownLatch(1);
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void resumed() {
                resumed.countDown();
            }
        });
        return resumed;
    }

    private static Message chat(Jid to, String body) {
        return Message.builder().to(to).type(Message.Type.CHAT).body(body).build();
    }

    private static List<String> expected(String prefix) {
        return IntStream.range(0, COUNT).mapToObj(i -> prefix + i).toList();
    }

    /** Collects the bodies a session receives that start with a prefix. */
    static final class Receiver {
        private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        private final Object signal = new Object();

        Receiver(XmppClient client, String prefix) {
            client.addMessageListener(m -> m.body().filter(b -> b.startsWith(prefix)).ifPresent(b -> {
                bodies.add(b);
                synchronized (signal) {
                    signal.notifyAll();
                }
            }));
        }

        boolean await(int count, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            synchronized (signal) {
                while (bodies.size() < count) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    signal.wait(Math.max(1, left / 1_000_000));
                }
            }
            return true;
        }

        List<String> bodies() {
            synchronized (bodies) {
                return List.copyOf(bodies);
            }
        }
    }
}
