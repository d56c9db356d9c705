package im.parley.xmpp.ext.muc;

import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.List;

/**
 * The room refused one change of a list edit made item by item: the changes before it were
 * made, it and those after it were not. The room's error is the cause.
 */
public final class AffiliationChangeRefusedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient MucItem refused;
    private final transient List<MucItem> applied;

    public AffiliationChangeRefusedException(MucItem refused, List<MucItem> applied, StanzaErrorException cause) {
        super("the room refused " + refused.jid() + " as " + refused.affiliation().wire() + " after "
                + applied.size() + " changes: " + cause.condition(), cause);
        this.refused = refused;
        this.applied = List.copyOf(applied);
    }

    /** The change the room refused. */
    public MucItem refused() {
        return refused;
    }

    /** The changes made before it, in order. */
    public List<MucItem> applied() {
        return applied;
    }

    public StanzaErrorCondition condition() {
        return ((StanzaErrorException) getCause()).condition();
    }
}
