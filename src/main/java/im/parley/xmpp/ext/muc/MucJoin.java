package im.parley.xmpp.ext.muc;

/**
 * The {@code <x xmlns='http://jabber.org/protocol/muc'/>} of a join (§7.2): the room's password
 * and the history wanted, each null when not given.
 */
public record MucJoin(String password, History history) {
    public static MucJoin plain() {
        return new MucJoin(null, null);
    }
}
