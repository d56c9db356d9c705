package im.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.routing.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ordered delivery per subscriber, isolation of a blocked subscriber, and bounded queues. */
class EventStreamTest {
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void eachSubscriberGetsEveryEventInPublishingOrder() throws Exception {
        EventStream<Integer> stream = new EventStream<>(pool, 16);
        List<Integer> a = new CopyOnWriteArrayList<>();
        List<Integer> b = new CopyOnWriteArrayList<>();
        stream.subscribe(a::add);
        stream.subscribe(b::add);
        IntStream.range(0, 1_000).forEach(stream::publish);
        await(() -> a.size() == 1_000 && b.size() == 1_000);
        assertThat(a).isEqualTo(IntStream.range(0, 1_000).boxed().toList());
        assertThat(b).isEqualTo(a);
    }

    @Test
    void aBlockedSubscriberDelaysNobodyElseUntilItsQueueIsFull() throws Exception {
        EventStream<Integer> stream = new EventStream<>(pool, 10);
        CountDownLatch unblock = new CountDownLatch(1);
        List<Integer> slow = new CopyOnWriteArrayList<>();
        List<Integer> quick = new CopyOnWriteArrayList<>();
        stream.subscribe(e -> {
            try {
                unblock.await();
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
            slow.add(e);
        });
        stream.subscribe(quick::add);
        for (int i = 0; i < 5; i++) {
            stream.publish(i);
        }
        await(() -> quick.size() == 5);
        assertThat(slow).isEmpty();

        AtomicBoolean publisherDone = new AtomicBoolean();
        Thread publisher = new Thread(() -> {
            for (int i = 5; i < 30; i++) {
                stream.publish(i);
            }
            publisherDone.set(true);
        });
        publisher.start();
        publisher.join(300);
        assertThat(publisherDone).as("publishing waits once the slow queue is full").isFalse();
        assertThat(stream.backlog()).isLessThanOrEqualTo(10);

        unblock.countDown();
        publisher.join(10_000);
        await(() -> slow.size() == 30 && quick.size() == 30);
        assertThat(slow).isEqualTo(IntStream.range(0, 30).boxed().toList());
    }

    @Test
    void aClosedSubscriptionGetsNothingMoreAndReleasesAWaitingPublisher() throws Exception {
        EventStream<Integer> stream = new EventStream<>(pool, 1);
        CountDownLatch never = new CountDownLatch(1);
        Registration stuck = stream.subscribe(e -> {
            try {
                never.await();
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
        });
        stream.publish(1);
        stream.publish(2);
        Thread publisher = new Thread(() -> stream.publish(3));
        publisher.start();
        publisher.join(200);
        assertThat(publisher.isAlive()).isTrue();
        stuck.close();
        publisher.join(5_000);
        assertThat(publisher.isAlive()).isFalse();
    }

    @Test
    void aThrowingSubscriberKeepsReceiving() throws Exception {
        EventStream<Integer> stream = new EventStream<>(pool, 8);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        stream.subscribe(e -> {
            seen.add(e);
            throw new IllegalStateException("boom");
        });
        stream.publish(1);
        stream.publish(2);
        await(() -> seen.size() == 2);
    }
}
