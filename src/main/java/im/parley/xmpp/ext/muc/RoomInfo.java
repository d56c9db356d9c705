package im.parley.xmpp.ext.muc;

import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.occupantid.OccupantId;
import im.parley.xmpp.jid.Jid;
import java.util.Objects;

/** What a room says of itself in disco#info (§6.4), and what of it a client acts on. */
public record RoomInfo(Jid room, DiscoInfo info) {
    /** The MAM namespace: a room with it keeps an archive, read instead of the join history. */
    public static final String MAM = "urn:xmpp:mam:2";

    public RoomInfo {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(info, "info");
        room = room.bare();
    }

    /** The room's own name, or null. */
    public String name() {
        return info.identities().stream().filter(i -> "conference".equals(i.category()))
                .map(DiscoInfo.Identity::name).filter(Objects::nonNull).findFirst().orElse(null);
    }

    public boolean archived() {
        return info.hasFeature(MAM);
    }

    public boolean givesOccupantIds() {
        return info.hasFeature(OccupantId.NAMESPACE);
    }

    public boolean passwordProtected() {
        return info.hasFeature("muc_passwordprotected");
    }

    public boolean membersOnly() {
        return info.hasFeature("muc_membersonly");
    }

    public boolean nonAnonymous() {
        return info.hasFeature("muc_nonanonymous");
    }

    public boolean persistent() {
        return info.hasFeature("muc_persistent");
    }
}
