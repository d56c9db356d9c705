package im.parley.client;

import im.parley.client.BringUp.PresenceChoice;
import java.util.concurrent.CompletableFuture;

/**
 * The presence the user chose, kept for every fresh session, and the steps from one choice to
 * the next on a live session: hiding and showing again (XEP-0126) take more than a presence.
 */
final class OwnPresenceKeeper {
    private volatile PresenceChoice current = PresenceChoice.availableNow();

    PresenceChoice current() {
        return current;
    }

    /** Keeps {@code next}, and applies it to {@code live} (null: nothing to tell now). */
    CompletableFuture<Void> choose(PresenceChoice next, AccountSession live) {
        PresenceChoice was = current;
        current = next;
        if (live == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (next.invisible()) {
            if (was.invisible()) {
                return live.presence().sendAvailable(null, next.status(), 0);
            }
            return live.invisibility().hide(was.available(), null, next.status(), 0).whenComplete((ok, failure) -> {
                if (failure != null) {
                    // Not hidden after all: seen again as before, rather than offline by mistake.
                    current = was;
                    if (was.available()) {
                        live.presence().sendAvailable(was.show(), was.status(), was.priority());
                    }
                }
            });
        }
        return was.invisible() ? live.invisibility().reveal(next.show(), next.status(), next.priority())
                : live.presence().sendAvailable(next.show(), next.status(), next.priority());
    }
}
