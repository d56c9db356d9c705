package im.parley.client;

import java.time.Instant;
import java.util.Objects;

/** Where an account's connection stands; the app shows it at all times. */
public sealed interface AccountState {
    /** Not connected, and not trying: the user chose so, or the account was never connected. */
    record Offline() implements AccountState {
    }

    record Connecting() implements AccountState {
    }

    /** A session is bound; {@code resumed} when it continued the previous one without loss. */
    record Online(boolean resumed) implements AccountState {
    }

    /** The connection dropped; the next attempt is due at {@code nextAttempt} (null: at once). */
    record Reconnecting(Instant nextAttempt, String reason) implements AccountState {
    }

    /**
     * Given up: retrying would not help (wrong password, a refused certificate, the account
     * disabled, another session took the resource) until the user changes something.
     */
    record Failed(String reason, Exception cause) implements AccountState {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A short lower-case name for logs and JSON: offline, connecting, online, reconnecting, failed. */
    default String name() {
        return getClass().getSimpleName().toLowerCase();
    }
}
