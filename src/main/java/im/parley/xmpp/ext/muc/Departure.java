package im.parley.xmpp.ext.muc;

import java.util.Set;

/** Why an occupant (or the user) is no longer in a room, from its status codes (§15.6.2). */
public enum Departure {
    /** Left on their own. */
    LEFT(false),
    KICKED(false),
    BANNED(false),
    /** Removed because their affiliation changed (§9.6, §9.8). */
    AFFILIATION_CHANGED(false),
    /** Removed because the room became members-only (§9.8). */
    MEMBERS_ONLY(false),
    /** Removed because the service shuts down (§15.6.2, code 332): worth joining again later. */
    SHUTDOWN(true),
    /** Removed on an error, e.g. their server did not answer (§15.6.2, code 333): worth joining again. */
    ERROR(true),
    DESTROYED(false),
    /** The user only: the room no longer knew them (XEP-0410), or the session was replaced. */
    DROPPED(true);

    private final boolean rejoin;

    Departure(boolean rejoin) {
        this.rejoin = rejoin;
    }

    /** Whether the user still belongs in the room and a client should join it again. */
    public boolean rejoin() {
        return rejoin;
    }

    static Departure of(Set<StatusCode> codes, boolean destroyed) {
        if (destroyed) {
            return DESTROYED;
        }
        if (codes.contains(StatusCode.BANNED)) {
            return BANNED;
        }
        if (codes.contains(StatusCode.KICKED)) {
            return KICKED;
        }
        if (codes.contains(StatusCode.REMOVED_AFFILIATION_CHANGE)) {
            return AFFILIATION_CHANGED;
        }
        if (codes.contains(StatusCode.REMOVED_MEMBERS_ONLY)) {
            return MEMBERS_ONLY;
        }
        if (codes.contains(StatusCode.REMOVED_SHUTDOWN)) {
            return SHUTDOWN;
        }
        return codes.contains(StatusCode.REMOVED_ERROR) ? ERROR : LEFT;
    }
}
