package im.parley.client;

import im.parley.xmpp.ext.rosterx.RosterSuggestion;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Objects;

/**
 * Roster changes someone suggested (XEP-0144), waiting for the user to accept or refuse them.
 *
 * @param id this offer's number in the session, so two identical suggestions stay two offers
 * @param from who suggested them, as the stanza said (null: our own server)
 * @param suggestions only those that would change the roster as it was when they arrived
 */
public record RosterOffer(long id, Jid from, List<RosterSuggestion> suggestions) {
    public RosterOffer {
        Objects.requireNonNull(suggestions, "suggestions");
        suggestions = List.copyOf(suggestions);
    }
}
