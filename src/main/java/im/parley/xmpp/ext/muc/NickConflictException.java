package im.parley.xmpp.ext.muc;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaErrorException;

/**
 * The room refused a nick another occupant has or has reserved (§7.2.9, §7.6), offering a nick
 * to try instead.
 */
public final class NickConflictException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Jid room;
    private final String nick;
    private final String alternative;

    public NickConflictException(Jid room, String nick, StanzaErrorException cause) {
        super("the nick '" + nick + "' is taken in " + room + "; try '" + nick + "_'", cause);
        this.room = room;
        this.nick = nick;
        this.alternative = nick + "_";
    }

    public Jid room() {
        return room;
    }

    public String nick() {
        return nick;
    }

    /** A nick to try instead: the refused one with an underscore. */
    public String alternative() {
        return alternative;
    }
}
