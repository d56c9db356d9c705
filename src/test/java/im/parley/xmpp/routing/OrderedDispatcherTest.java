package im.parley.xmpp.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-key ordering on a multi-thread pool, parallelism across keys, and lane clean-up. */
class OrderedDispatcherTest {
    private static final Logger DISPATCHER_LOG = Logger.getLogger(OrderedDispatcher.class.getName());

    private ExecutorService pool;
    private OrderedDispatcher dispatcher;
    private Level previousLevel;

    @BeforeEach
    void setUp() {
        pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "dispatcher-test");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> { });
            return t;
        });
        dispatcher = new OrderedDispatcher(pool, 10_000);
        previousLevel = DISPATCHER_LOG.getLevel();
        DISPATCHER_LOG.setLevel(Level.OFF); // the failing-task tests would print stack traces
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
        DISPATCHER_LOG.setLevel(previousLevel);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void tasksOfOneKeyRunInSubmissionOrderAndNeverOverlap() throws Exception {
        int tasks = 10_000;
        int keys = 50;
        Map<Integer, List<Integer>> seen = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> running = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(tasks);
        Random random = new Random(198);

        for (int i = 0; i < tasks; i++) {
            int key = random.nextInt(keys);
            int n = i;
            dispatcher.dispatch(key, () -> {
                AtomicInteger active = running.computeIfAbsent(key, k -> new AtomicInteger());
                if (active.incrementAndGet() != 1) {
                    overlaps.incrementAndGet();
                }
                // Tasks of one key are serialized by the dispatcher; the list itself is not shared.
                seen.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
                active.decrementAndGet();
                done.countDown();
            });
        }

        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(overlaps).hasValue(0);
        assertThat(seen.values().stream().mapToInt(List::size).sum()).isEqualTo(tasks);
        seen.forEach((key, order) -> assertThat(order).as("key %d", key).isSorted());
    }

    @Test
    void differentKeysRunConcurrently() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherKeyRan = new CountDownLatch(1);
        AtomicInteger laterSameKey = new AtomicInteger();

        dispatcher.dispatch("juliet", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        dispatcher.dispatch("juliet", laterSameKey::incrementAndGet);
        dispatcher.dispatch("romeo", otherKeyRan::countDown);

        assertThat(otherKeyRan.await(10, TimeUnit.SECONDS)).as("romeo not held up by juliet").isTrue();
        assertThat(laterSameKey).as("juliet's second task waits for her first").hasValue(0);
        release.countDown();
        await(() -> laterSameKey.get() == 1);
    }

    @Test
    void aThrowingTaskDoesNotStopTheLane() throws Exception {
        List<String> ran = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        dispatcher.dispatch("k", () -> ran.add("before"));
        dispatcher.dispatch("k", () -> {
            throw new IllegalStateException("listener bug");
        });
        dispatcher.dispatch("k", () -> {
            ran.add("after");
            done.countDown();
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("before", "after");
    }

    @Test
    void idleLanesAreDropped() throws Exception {
        CountDownLatch done = new CountDownLatch(100);
        for (int i = 0; i < 100; i++) {
            dispatcher.dispatch("sender-" + (i % 20), done::countDown);
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        await(() -> dispatcher.activeLanes() == 0);

        // A key whose lane was dropped gets a fresh one.
        CountDownLatch again = new CountDownLatch(1);
        dispatcher.dispatch("sender-0", again::countDown);
        assertThat(again.await(10, TimeUnit.SECONDS)).isTrue();
        await(() -> dispatcher.activeLanes() == 0);
    }

    @Test
    void busyLaneIsCounted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        dispatcher.dispatch("busy", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(dispatcher.activeLanes()).isEqualTo(1);
        release.countDown();
        await(() -> dispatcher.activeLanes() == 0);
    }

    @Test
    void anErrorFromATaskDoesNotWedgeTheLane() throws Exception {
        CountDownLatch after = new CountDownLatch(1);

        dispatcher.dispatch("k", () -> {
            throw new AssertionError("listener bug");
        });
        dispatcher.dispatch("k", after::countDown);

        assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
        await(() -> dispatcher.activeLanes() == 0);
    }

    @Test
    void aFullDispatcherMakesTheCallerWaitUntilATaskFinishes() throws Exception {
        OrderedDispatcher small = new OrderedDispatcher(pool, 3);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            small.dispatch("stalled", () -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ran.incrementAndGet();
            });
        }
        assertThat(small.isFull()).isTrue();
        Thread reader = new Thread(() -> small.dispatch("other", ran::incrementAndGet));
        reader.start();
        reader.join(300);
        assertThat(reader.isAlive()).as("the fourth dispatch waits for room").isTrue();
        assertThat(ran.get()).isZero();
        release.countDown();
        reader.join(5_000);
        await(() -> ran.get() == 4);
        assertThat(small.isFull()).isFalse();
    }
}
