package im.parley.archive;

import java.time.Instant;

/**
 * One stored call: {@code sessionId} the Jingle sid, {@code peer} the contact's bare JID,
 * {@code answered} null when it never connected, {@code outcome} its word (see {@code V7__call_log.sql}).
 */
public record CallRow(String sessionId, String peer, boolean incoming, boolean video, Instant started,
                      Instant answered, Instant ended, String outcome) {
}
