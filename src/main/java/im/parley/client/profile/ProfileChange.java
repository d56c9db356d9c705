package im.parley.client.profile;

import im.parley.xmpp.jid.Jid;
import java.util.Objects;

/** {@code from} (a bare JID, the user's own included) published or cleared {@code item}. */
public record ProfileChange(Jid from, ProfileItem item) {
    public ProfileChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(item, "item");
    }
}
