package im.parley.xmpp.session;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Stanza;
import java.time.Instant;
import java.util.List;

/** Session life-cycle events. Called off the reader thread; default methods do nothing. */
public interface ConnectionListener {
    /** A new session is bound (after a fresh login or a failed resumption). */
    default void connected(Jid boundJid) {
    }

    /** The previous Stream Management session continues; nothing was lost. */
    default void resumed() {
    }

    /** The connection dropped; {@code willRetry} says whether the engine reconnects by itself. */
    default void connectionLost(Exception cause, boolean willRetry) {
    }

    /** The next reconnection attempt is due at {@code nextAttempt}. */
    default void reconnecting(Instant nextAttempt) {
    }

    /**
     * Resumption failed: these stanzas were sent but never acknowledged by the server, so they may
     * not have been delivered. The engine does not resend them on its own (a message could arrive
     * twice); the caller decides, e.g. by offering "resend" in the UI.
     */
    default void unacknowledged(List<Stanza> stanzas) {
    }

    /** The session ended for good (closed by us, or a failure without reconnection). */
    default void closed(Exception cause) {
    }
}
