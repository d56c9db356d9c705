package im.parley.xmpp.ext.mam;

import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.jid.Jid;
import java.time.Instant;
import java.util.List;

/**
 * Which archived messages a query matches (§4.1): every field is optional, null or empty when
 * absent. Archive ids are opaque strings (§5.2) and go back exactly as the server gave them.
 *
 * @param with messages to or from this JID (a bare JID also matches its full JIDs)
 * @param start messages at or after this time
 * @param end messages at or before this time
 * @param afterId messages after this archive id; needs {@link Mam#EXTENDED}
 * @param beforeId messages before this archive id; needs {@link Mam#EXTENDED}
 * @param ids exactly these messages; needs {@link Mam#EXTENDED}
 * @param includeGroupchat the 'include-groupchat' field, or null to leave it to the server
 * @param otherFields fields this XEP does not define (in Clark notation, §4.1.5), kept as given
 */
public record MamQuery(Jid with, Instant start, Instant end, String afterId, String beforeId, List<String> ids,
                       Boolean includeGroupchat, List<FormField> otherFields) {
    /** Every message in the archive. */
    public static final MamQuery ALL = new MamQuery(null, null, null, null, null, List.of(), null, List.of());

    public MamQuery {
        ids = List.copyOf(ids);
        otherFields = List.copyOf(otherFields);
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("the query ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public static MamQuery with(Jid with) {
        return ALL.withJid(with);
    }

    public static MamQuery between(Instant start, Instant end) {
        return new MamQuery(null, start, end, null, null, List.of(), null, List.of());
    }

    public MamQuery withJid(Jid jid) {
        return new MamQuery(jid, start, end, afterId, beforeId, ids, includeGroupchat, otherFields);
    }

    /** Whether it matches every message, so that the query needs no form at all. */
    public boolean isAll() {
        return equals(ALL);
    }

    /** Whether the archive must advertise {@link Mam#EXTENDED} for this query (§7). */
    public boolean needsExtended() {
        return afterId != null || beforeId != null || !ids.isEmpty();
    }
}
