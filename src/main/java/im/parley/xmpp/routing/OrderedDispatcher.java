package im.parley.xmpp.routing;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks off the reader thread while keeping their order per key (per sender bare JID): tasks
 * for one contact run one after another in arrival order, tasks for different contacts in
 * parallel. Idle keys are dropped so a flood of senders does not grow the map for ever.
 */
public final class OrderedDispatcher {
    private static final Logger LOG = Logger.getLogger(OrderedDispatcher.class.getName());

    private final Executor pool;
    private final Map<Object, Lane> lanes = new ConcurrentHashMap<>();

    public OrderedDispatcher(Executor pool) {
        this.pool = pool;
    }

    public void dispatch(Object key, Runnable task) {
        while (true) {
            Lane lane = lanes.computeIfAbsent(key, k -> new Lane(k));
            if (lane.offer(task)) {
                return;
            }
            // The lane retired between lookup and offer; take a fresh one.
        }
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
                }
            }
        }
    }
}
