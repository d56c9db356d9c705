package im.parley.xmpp.ext.vcard;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Gets anyone's and sets the user's own vcard-temp vCard (XEP-0054 §3). Nothing is cached. */
public final class VCardManager {
    private final XmppClient client;

    public VCardManager(XmppClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * The vCard of {@code who} (its bare JID), or the user's own when null. Empty when there is
     * none: an empty vCard, item-not-found, or for someone else service-unavailable, which §3.3
     * makes servers answer alike for "no vCard" and "no such user". Other errors fail the future
     * with {@link StanzaErrorException}.
     */
    public CompletableFuture<Optional<VCard>> get(Jid who) {
        Iq request = Iq.get(who == null ? null : who.bare(), VCard.empty().toXml());
        return client.query(request).handle((result, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (cause instanceof StanzaErrorException e && meansNoVCard(e.condition(), who != null)) {
                    return Optional.empty();
                }
                throw failure instanceof CompletionException c ? c : new CompletionException(cause);
            }
            return read(result);
        });
    }

    /** Replaces the user's own vCard whole (§3.2 has no partial update). */
    public CompletableFuture<Void> set(VCard own) {
        return client.query(Iq.set(null, own.toXml())).thenApply(r -> null);
    }

    static boolean meansNoVCard(StanzaErrorCondition condition, boolean someoneElse) {
        return condition == StanzaErrorCondition.ITEM_NOT_FOUND
                || (someoneElse && condition == StanzaErrorCondition.SERVICE_UNAVAILABLE);
    }

    /** A result without any vCard element is taken as "none" too: servers answer so in the wild. */
    static Optional<VCard> read(Iq result) {
        return result.payload(VCard.ELEMENT, VCard.NAMESPACE).map(VCard::new).filter(c -> !c.isEmpty());
    }
}
