package im.parley.xmpp.ext.muc;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The muc#user status codes a client acts on (§15.6.2), each with its meaning. */
public enum StatusCode {
    /** Anyone in the room can see real JIDs. */
    REAL_JIDS_PUBLIC(100),
    /** A room setting that is not about privacy changed. */
    CONFIGURATION_CHANGED(104),
    /** This presence is about the receiving user. */
    SELF(110),
    LOGGING_ENABLED(170),
    LOGGING_DISABLED(171),
    NOW_NON_ANONYMOUS(172),
    NOW_SEMI_ANONYMOUS(173),
    NOW_FULLY_ANONYMOUS(174),
    /** The room was created by this join and waits for its configuration. */
    ROOM_CREATED(201),
    /** The service changed or assigned the user's nick. */
    NICK_ASSIGNED(210),
    BANNED(301),
    NICK_CHANGED(303),
    KICKED(307),
    REMOVED_AFFILIATION_CHANGE(321),
    REMOVED_MEMBERS_ONLY(322),
    REMOVED_SHUTDOWN(332),
    REMOVED_ERROR(333);

    private final int code;

    StatusCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<StatusCode> of(int code) {
        for (StatusCode s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The codes of {@code codes} we know; the others mean nothing to a client and are left out. */
    public static Set<StatusCode> of(Set<Integer> codes) {
        Set<StatusCode> known = EnumSet.noneOf(StatusCode.class);
        codes.forEach(c -> of(c).ifPresent(known::add));
        return known;
    }
}
