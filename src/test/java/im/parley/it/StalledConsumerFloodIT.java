package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 20,000 messages flood an account whose only event consumer is stalled: the heap stays bounded
 * (the account stops reading from TCP instead of queueing) and every message arrives once the
 * consumer goes on.
 */
class StalledConsumerFloodIT {
    private static final int MESSAGES = 20_000;
    private final TestServer prosody = TestServer.prosody();

    @Test
    void theHeapStaysBoundedAndNothingIsLost() throws Exception {
        Jid alice = TestSession.register(prosody, "flood-a");
        Jid bob = TestSession.register(prosody, "flood-b");
        CountDownLatch stall = new CountDownLatch(1);
        Set<String> bodies = ConcurrentHashMap.newKeySet();
        AtomicBoolean first = new AtomicBoolean(true);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try (Account account = new Account(prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build());
             XmppClient sender = new XmppClient(prosody.config(bob.withResource("flood"), TestSession.PASSWORD)
                     .replyTimeout(Duration.ofSeconds(120)).build())) {
            account.subscribe(e -> {
                if (e instanceof AccountEvent.MessageReceived m) {
                    if (first.getAndSet(false)) {
                        try {
                            stall.await(120, TimeUnit.SECONDS);
                        } catch (InterruptedException x) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    bodies.add(m.message().body());
                }
            });
            account.connect().get(20, TimeUnit.SECONDS);
            sender.connect();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                    0, 20, TimeUnit.MILLISECONDS);

            Jid to = alice.withResource("desk");
            for (int i = 0; i < MESSAGES; i++) {
                Message m = Message.builder().type(Message.Type.CHAT).to(to).body("flood " + i).build();
                if (i % 1_000 == 999) {
                    // The sender waits for the server now and then, so its own queue stays small.
                    sender.sendAcknowledged(m).get(120, TimeUnit.SECONDS);
                } else {
                    sender.send(m);
                }
            }
            sender.sendAcknowledged(Message.builder().type(Message.Type.CHAT).to(to).body("flood end").build())
                    .get(120, TimeUnit.SECONDS);
            Thread.sleep(2_000); // what the server can push before the account stops reading
            System.gc();
            long stalledRetained = memory.getHeapMemoryUsage().getUsed() - baseline;
            assertThat(bodies).as("nothing passes the stalled consumer").isEmpty();

            stall.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (bodies.size() < MESSAGES + 1 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(bodies).as("every message after the consumer went on").hasSize(MESSAGES + 1);
            sampler.shutdownNow();
            System.out.printf("flood: %d messages; heap retained while stalled %.1f MB after GC, peak %.1f MB above baseline%n",
                    MESSAGES, stalledRetained / 1e6, (peak.get() - baseline) / 1e6);
            assertThat(stalledRetained).as("retained heap while stalled").isLessThan(64L << 20);
        } finally {
            sampler.shutdownNow();
        }
    }
}
