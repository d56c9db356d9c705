package im.parley.ui.shell;

import im.parley.client.AccountState;
import java.time.Duration;
import java.time.Instant;

/** The words the connection bar shows for a state; pure, so it is tested without a screen. */
final class ConnectionText {
    private ConnectionText() {
    }

    /** Null when online: the bar hides. */
    static String of(AccountState state, Instant now) {
        if (state instanceof AccountState.Online) {
            return null;
        }
        if (state instanceof AccountState.Connecting) {
            return "Connecting…";
        }
        if (state instanceof AccountState.Reconnecting r) {
            if (r.nextAttempt() == null || !r.nextAttempt().isAfter(now)) {
                return "Connection lost. Reconnecting…";
            }
            long seconds = Math.max(1, (Duration.between(now, r.nextAttempt()).toMillis() + 999) / 1000);
            return "Connection lost. Reconnecting in " + seconds + " s";
        }
        if (state instanceof AccountState.Failed f) {
            return "Not connected: " + f.reason();
        }
        return "Offline";
    }
}
