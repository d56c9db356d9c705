package im.parley.client;

import im.parley.xmpp.stanza.Presence;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings a fresh session to where the previous one was, in order: the roster (versioned, so the
 * server sends changes only, and so that it pushes roster changes to this resource again, RFC
 * 6121 §2.1.6), carbons if they were on, the client state, the user's presence, then the hooks
 * later features add. A failed step is logged and the next one runs.
 */
final class BringUp {
    private static final Logger LOG = Logger.getLogger(BringUp.class.getName());

    /** The user's chosen presence: show (null for plain available), status, priority; or offline. */
    record PresenceChoice(boolean available, Presence.Show show, String status, int priority, boolean invisible) {
        static PresenceChoice availableNow() {
            return new PresenceChoice(true, null, null, 0, false);
        }
    }

    private BringUp() {
    }

    static CompletableFuture<Void> run(AccountSession session, boolean carbons, boolean windowVisible,
                                       PresenceChoice presence, List<BringUpHook> hooks) {
        CompletableFuture<Void> chain = step(session, "roster", () -> session.roster().fetch());
        if (carbons) {
            chain = chain.thenCompose(v -> step(session, "carbons", () -> session.carbons().enable()));
        }
        chain = chain.thenCompose(v -> step(session, "client state", () -> {
            session.windowVisible(windowVisible);
            return CompletableFuture.completedFuture(null);
        }));
        if (presence.available() && presence.invisible()) {
            // Hidden before any presence leaves: an active privacy list lasts for one session only.
            chain = chain.thenCompose(v -> step(session, "invisible presence",
                    () -> session.invisibility().hide(false, presence.show(), presence.status(), presence.priority())));
        } else if (presence.available()) {
            chain = chain.thenCompose(v -> step(session, "presence",
                    () -> session.presence().sendAvailable(presence.show(), presence.status(), presence.priority())));
        }
        for (BringUpHook hook : hooks) {
            chain = chain.thenCompose(v -> step(session, "hook " + hook, () -> hook.bringUp(session)));
        }
        return chain;
    }

    private static CompletableFuture<Void> step(AccountSession session, String name, Supplier<CompletionStage<?>> action) {
        CompletionStage<?> started;
        try {
            started = action.get();
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        return started.toCompletableFuture().handle((ok, error) -> {
            if (error != null) {
                LOG.log(Level.WARNING, "bringing up " + session.client().jid() + ": " + name + " failed", error);
            }
            return null;
        });
    }
}
