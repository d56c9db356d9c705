package im.parley.xmpp.ext.muc;

import im.parley.xmpp.ext.ping.Ping;
import im.parley.xmpp.routing.DaemonThreads;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * XEP-0410: pings the user's own occupant JID in each joined room, every interval and on demand
 * (after a stream resumption). The answer says whether the room still counts the user in (§3);
 * a room that does not is handed to {@code dropped}, which joins it again.
 */
final class SelfPing implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SelfPing.class.getName());

    /** What an answer to a self-ping says (§3). */
    enum Verdict {
        JOINED, NOT_JOINED, UNDECIDED
    }

    private final XmppClient client;
    private final Supplier<List<Room>> rooms;
    private final Function<Room, CompletableFuture<Room>> dropped;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("parley-muc-self-ping"));

    SelfPing(XmppClient client, Supplier<List<Room>> rooms, Function<Room, CompletableFuture<Room>> dropped,
             Duration interval) {
        this.client = client;
        this.rooms = rooms;
        this.dropped = dropped;
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::pingAll, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Pings every joined room; completes when each is answered and any dropped one rejoined (or failed). */
    CompletableFuture<Void> pingAll() {
        if (!client.isConnected()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.allOf(rooms.get().stream()
                // §3.3: no self-ping while a nick change is pending, its answer would mislead.
                .filter(r -> r.isJoined() && !r.changingNick())
                .map(this::ping).toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Void> ping(Room room) {
        return client.query(Ping.request(room.occupantJid()))
                .handle((answer, error) -> verdict(error))
                .thenCompose(verdict -> {
                    if (verdict != Verdict.NOT_JOINED) {
                        return CompletableFuture.completedFuture(null);
                    }
                    LOG.info(() -> room.jid() + " no longer counts us in; joining it again");
                    return dropped.apply(room).handle((r, e) -> {
                        if (e != null) {
                            LOG.log(Level.WARNING, "could not join " + room.jid() + " again", e);
                        }
                        return null;
                    });
                });
    }

    /**
     * §3: a result, service-unavailable, feature-not-implemented (the pinged client has no
     * ping) or item-not-found (a nick change under way) mean joined; no answer or an unreachable
     * remote server decide nothing; any other error means the room dropped us.
     */
    static Verdict verdict(Throwable error) {
        if (error == null) {
            return Verdict.JOINED;
        }
        StanzaErrorCondition condition = RoomManager.condition(error);
        if (condition == null) {
            return Verdict.UNDECIDED;
        }
        switch (condition) {
            case SERVICE_UNAVAILABLE, FEATURE_NOT_IMPLEMENTED, ITEM_NOT_FOUND:
                return Verdict.JOINED;
            case REMOTE_SERVER_NOT_FOUND, REMOTE_SERVER_TIMEOUT:
                return Verdict.UNDECIDED;
            default:
                return Verdict.NOT_JOINED;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
