package im.parley.client;

import im.parley.xmpp.jid.Jid;
import java.time.Instant;
import java.util.Objects;

/**
 * A message the user sent, as the outbox tracks it: its origin-id (XEP-0359, also the stanza id)
 * names it in every later event, receipt and marker.
 *
 * @param failure why it failed, only in {@link DeliveryState#FAILED}
 */
public record TrackedMessage(String originId, Jid to, String body, Instant created, DeliveryState state,
                             String failure) {
    public TrackedMessage {
        Objects.requireNonNull(originId, "originId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(state, "state");
    }

    TrackedMessage withState(DeliveryState next, String reason) {
        return new TrackedMessage(originId, to, body, created, next, next == DeliveryState.FAILED ? reason : null);
    }
}
