package im.parley.xmpp.ext.muc;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The muc#user {@code <x/>} a room adds to presences and messages (§7, §17.2.2): occupant items,
 * status codes, invitations, a destruction notice and a room password.
 */
public record MucUser(List<MucItem> items, Set<Integer> statusCodes, List<MucInvite> invites, Destroy destroy,
                      String password) {
    public MucUser {
        items = List.copyOf(items);
        statusCodes = Set.copyOf(statusCodes);
        invites = List.copyOf(invites);
    }

    /** The empty element that marks a private message sent through a room (§7.5). */
    public static MucUser empty() {
        return new MucUser(List.of(), Set.of(), List.of(), null, null);
    }

    public static MucUser invite(MucInvite invite) {
        Objects.requireNonNull(invite, "invite");
        return new MucUser(List.of(), Set.of(), List.of(invite), null, null);
    }

    public boolean has(int statusCode) {
        return statusCodes.contains(statusCode);
    }

    /** The first item, which is the only one in a room's presence; null when there is none. */
    public MucItem item() {
        return items.isEmpty() ? null : items.get(0);
    }
}
