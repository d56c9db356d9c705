package im.parley.client;

import im.parley.xmpp.routing.Registration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One account's events, delivered to each subscriber in the order they were published, on the
 * account's executor. Each subscriber has a bounded queue of its own: a subscriber that is slow
 * or blocked delays nobody else until its queue is full; then publishing waits, which stalls the
 * account's stanza handling and, through the engine's bounded dispatch, reading from the socket.
 * So memory stays bounded and nothing is dropped.
 */
public final class EventStream<E> {
    private static final Logger LOG = Logger.getLogger(EventStream.class.getName());

    private final Executor executor;
    private final int capacity;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    /** {@code capacity} events at most wait for each subscriber. */
    public EventStream(Executor executor, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.executor = executor;
        this.capacity = capacity;
    }

    /** Events published after this call reach {@code consumer}, in order, until the handle is closed. */
    public Registration subscribe(Consumer<? super E> consumer) {
        Subscriber s = new Subscriber(consumer);
        subscribers.add(s);
        return () -> {
            subscribers.remove(s);
            s.cancel();
        };
    }

    /** Queues {@code event} for every subscriber; waits while a subscriber's queue is full. */
    public void publish(E event) {
        for (Subscriber s : subscribers) {
            s.offer(event);
        }
    }

    /** Events waiting for the slowest subscriber. */
    public int backlog() {
        int most = 0;
        for (Subscriber s : subscribers) {
            most = Math.max(most, s.size());
        }
        return most;
    }

    private final class Subscriber implements Runnable {
        private final Consumer<? super E> consumer;
        private final ArrayDeque<E> queue = new ArrayDeque<>();
        private boolean running;
        private boolean cancelled;

        Subscriber(Consumer<? super E> consumer) {
            this.consumer = consumer;
        }

        synchronized int size() {
            return queue.size();
        }

        synchronized void offer(E event) {
            while (queue.size() >= capacity && !cancelled) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for a slow subscriber", e);
                }
            }
            if (cancelled) {
                return;
            }
            queue.add(event);
            if (!running) {
                running = true;
                executor.execute(this);
            }
        }

        synchronized void cancel() {
            cancelled = true;
            queue.clear();
            notifyAll();
        }

        @Override
        public void run() {
            while (true) {
                E next;
                synchronized (this) {
                    next = queue.poll();
                    if (next == null || cancelled) {
                        running = false;
                        return;
                    }
                    notifyAll();
                }
                try {
                    consumer.accept(next);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "an account event subscriber failed on " + next, e);
                }
            }
        }
    }
}
