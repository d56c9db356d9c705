package im.parley.xmpp.routing;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks off the reader thread while keeping their order per key (per sender bare JID): tasks
 * for one contact run one after another in arrival order, tasks for different contacts in
 * parallel. Idle keys are dropped so a flood of senders does not grow the map for ever. At most
 * {@code capacity} tasks wait or run at once: beyond that {@link #dispatch} blocks, which stops
 * the reader thread and so slows reading from TCP instead of growing memory.
 */
public final class OrderedDispatcher {
    private static final Logger LOG = Logger.getLogger(OrderedDispatcher.class.getName());

    private final Executor pool;
    private final Map<Object, Lane> lanes = new ConcurrentHashMap<>();
    private final Semaphore room;

    public OrderedDispatcher(Executor pool, int capacity) {
        this.pool = pool;
        this.room = new Semaphore(capacity);
    }

    /** Queues {@code task} behind the other tasks of {@code key}; blocks while the dispatcher is full. */
    public void dispatch(Object key, Runnable task) {
        room.acquireUninterruptibly();
        while (true) {
            Lane lane = lanes.computeIfAbsent(key, k -> new Lane(k));
            if (lane.offer(task)) {
                return;
            }
            // The lane retired between lookup and offer; take a fresh one.
        }
    }

    /** Whether the next dispatch would wait for room. */
    public boolean isFull() {
        return room.availablePermits() == 0;
    }

    /** Number of keys with queued or running work. */
    public int activeLanes() {
        return lanes.size();
    }

    private final class Lane implements Runnable {
        private final Object key;
        private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
        private boolean running;
        private boolean retired;

        Lane(Object key) {
            this.key = key;
        }

        synchronized boolean offer(Runnable task) {
            if (retired) {
                return false;
            }
            queue.add(task);
            if (!running) {
                running = true;
                pool.execute(this);
            }
            return true;
        }

        @Override
        public void run() {
            while (true) {
                Runnable next;
                synchronized (this) {
                    next = queue.poll();
                    if (next == null) {
                        running = false;
                        retired = true;
                        lanes.remove(key, this);
                        return;
                    }
                }
                try {
                    next.run();
                } catch (RuntimeException | Error e) {
                    // One failing listener must not stop delivery to the others of this contact.
                    LOG.log(Level.WARNING, "listener failed", e);
                } finally {
                    room.release();
                }
            }
        }
    }
}
