package im.parley.client.call;

import im.parley.xmpp.jid.Jid;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A finished call as the history keeps it: {@code id} the Jingle sid, {@code peer} the contact's
 * bare JID, {@code answered} when media first flowed (null when it never did).
 */
public record CallRecord(String id, Jid peer, boolean incoming, boolean video, Instant started, Instant answered,
                         Instant ended, CallOutcome outcome) {
    public CallRecord {
        Objects.requireNonNull(id, "id");
        peer = peer.bare();
        // To the microsecond, as the archive keeps time: the record told is the record stored.
        started = started.truncatedTo(ChronoUnit.MICROS);
        answered = answered == null ? null : answered.truncatedTo(ChronoUnit.MICROS);
        ended = ended.truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The record of {@code call}, which has just ended with {@code end}. */
    public static CallRecord of(Call call, CallEnd end, Instant endedAt) {
        Instant answered = call.answeredAt;
        return new CallRecord(call.id(), call.peer(), call.isIncoming(), call.offeredVideoEver, call.startedAt,
                answered, endedAt, CallOutcome.of(call.isIncoming(), answered != null, end));
    }

    /** How long the parties talked: from the answer to the end, zero when it was not answered. */
    public Duration duration() {
        return answered == null ? Duration.ZERO : Duration.between(answered, ended);
    }
}
