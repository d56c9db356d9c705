package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ProtocolException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends one {@code <pubsub/>} request and reads its answer: a refusal fails the future with
 * {@link PubSubException}, an answer without {@code <pubsub/>} is an empty payload (§7.1.2 lets
 * a service answer a publish so), an unreadable one a {@link ProtocolException}.
 */
final class PubSubRequests {
    private final XmppClient client;
    private final PubSubCodec user = PubSubCodec.user();
    private final PubSubCodec owner = PubSubCodec.owner();

    PubSubRequests(XmppClient client) {
        this.client = client;
    }

    CompletableFuture<PubSubPayload> get(Jid service, PubSubPayload payload) {
        return send(Iq.get(service, codec(payload.owner()).encode(payload)), payload.owner());
    }

    CompletableFuture<PubSubPayload> set(Jid service, PubSubPayload payload) {
        return send(Iq.set(service, codec(payload.owner()).encode(payload)), payload.owner());
    }

    private PubSubCodec codec(boolean isOwner) {
        return isOwner ? owner : user;
    }

    private CompletableFuture<PubSubPayload> send(Iq request, boolean isOwner) {
        PubSubCodec codec = codec(isOwner);
        return client.query(request).handle((answer, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                throw new CompletionException(cause instanceof StanzaErrorException e ? PubSubException.of(e) : cause);
            }
            var element = answer.payload("pubsub", codec.name().namespace());
            if (element.isEmpty()) {
                return new PubSubPayload(isOwner, List.of(), null);
            }
            Decoded<PubSubPayload> decoded = codec.decode(element.get());
            if (decoded instanceof Decoded.Malformed<PubSubPayload> m) {
                throw new CompletionException(new ProtocolException("unreadable pubsub answer: " + m.reason()));
            }
            return decoded.valueIfAny().orElseThrow();
        });
    }
}
