package im.parley.xmpp.routing;

import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;

/**
 * An extension's ownership of the stanzas to or from the entities it manages (a room's occupants,
 * a PubSub service, a Jingle session's peer). A claimed stanza goes to its claim only: generic
 * listeners never see it, so a room's occupants do not land in the roster's presence table and
 * its private messages do not merge into a one-to-one conversation. Called on the dispatcher, in
 * order per sender; the first claim that answers true wins.
 */
public interface StanzaClaim {
    /** Whether this stanza is ours. Must be quick and must not block: it runs for every stanza. */
    boolean claims(Stanza stanza);

    default void message(Message message) {
    }

    default void presence(Presence presence) {
    }

    /** Answers a claimed request, as an {@link IqHandler} would; unanswered kinds are not implemented. */
    default Iq request(Iq request) throws IqErrorException {
        throw new IqErrorException(StanzaError.of(StanzaErrorCondition.FEATURE_NOT_IMPLEMENTED));
    }
}
