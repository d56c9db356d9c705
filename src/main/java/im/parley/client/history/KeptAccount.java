package im.parley.client.history;

import im.parley.xmpp.jid.Jid;
import java.time.Instant;

/** An account a profile keeps. */
public record KeptAccount(Jid jid, Instant addedAt, boolean enabled) {
}
