package im.parley.xmpp.ext.invitation;

import im.parley.xmpp.jid.Jid;
import java.util.Objects;

/**
 * {@code <x xmlns='jabber:x:conference'/>} (XEP-0249 §2): the room, and optionally its password,
 * a reason, and the one-to-one thread it continues.
 */
public record DirectInvitation(Jid room, String password, String reason, boolean continues, String thread) {
    public static final String NAMESPACE = "jabber:x:conference";

    public DirectInvitation {
        Objects.requireNonNull(room, "room");
        room = room.bare();
    }

    public static DirectInvitation to(Jid room, String password, String reason) {
        return new DirectInvitation(room, password, reason, false, null);
    }
}
