package im.parley.it;

import im.parley.xmpp.ext.muc.RoomEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The room events one session got, in order, with waits for the one a test expects. */
final class RoomEvents {
    private final List<RoomEvent> events = new CopyOnWriteArrayList<>();

    void add(RoomEvent event) {
        events.add(event);
    }

    /** The first event of {@code type} matching {@code p}, waiting up to 20 s for it. */
    <E extends RoomEvent> E await(Class<E> type, Predicate<E> p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            for (RoomEvent e : events) {
                if (type.isInstance(e) && p.test(type.cast(e))) {
                    return type.cast(e);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such " + type.getSimpleName() + " within 20 s; got " + events);
    }

    List<RoomEvent> all() {
        return List.copyOf(events);
    }
}
