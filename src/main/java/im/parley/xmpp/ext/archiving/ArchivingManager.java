package im.parley.xmpp.ext.archiving;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.session.ProtocolException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * XEP-0136 archive management for one session, for servers without MAM. Requests go to our own
 * account (no 'to'), so only our server can answer them (the IQ tracker checks the sender). A
 * server error (item-not-found for a collection that does not exist, §9.2) fails the future with
 * its {@code StanzaErrorException}; an answer we cannot read, with a {@link ProtocolException}.
 */
public final class ArchivingManager implements CollectionArchive {
    private static final ChatCodec CHATS = new ChatCodec();
    private final XmppClient client;

    public ArchivingManager(XmppClient client) {
        this.client = client;
    }

    /** Whether our server offers archive management (§11): disco#info on our domain. */
    public CompletableFuture<Boolean> supported() {
        if (client.jid() == null) {
            return CompletableFuture.failedFuture(new NotConnectedException("our server is known once bound"));
        }
        return client.query(Iq.get(client.jid().domainJid(), XmlElement.empty("query", DiscoInfo.NAMESPACE)))
                .thenApply(r -> DiscoInfo.fromXml(r.query().orElse(XmlElement.empty("query", DiscoInfo.NAMESPACE)))
                        .hasFeature(Archiving.MANAGE_FEATURE));
    }

    @Override
    public CompletableFuture<CollectionList> list(Jid with, Instant start, Instant end, PageRequest page) {
        return ask(new ListQuery(with, start, end, false, page).toXml(), "collection list", CollectionList::fromXml);
    }

    @Override
    public CompletableFuture<ChatCollection> retrieve(Jid with, Instant start, PageRequest page) {
        return client.query(Iq.get(null, new RetrieveQuery(with, start, page).toXml())).thenCompose(r -> {
            Decoded<ChatCollection> chat = r.payload(ChatCollection.ELEMENT, Archiving.NAMESPACE)
                    .<Decoded<ChatCollection>>map(CHATS::decode).orElse(Decoded.malformed("the answer has no <chat/>"));
            return chat instanceof Decoded.Value<ChatCollection> v ? CompletableFuture.completedFuture(v.value())
                    : failed("unreadable collection: " + chat);
        });
    }

    @Override
    public CompletableFuture<Modifications> modified(Instant start, PageRequest page) {
        return ask(new ModifiedQuery(start, page).toXml(), "list of modifications", Modifications::fromXml);
    }

    /** What an answer's payload of the request's own name (list or modified) holds. */
    private interface Reader<T> {
        T read(XmlElement payload) throws PayloadFormatException;
    }

    private <T> CompletableFuture<T> ask(XmlElement request, String what, Reader<T> reader) {
        return client.query(Iq.get(null, request)).thenCompose(r -> {
            XmlElement payload = r.payload(request.name(), Archiving.NAMESPACE).orElse(null);
            if (payload == null) {
                return failed("the answer has no <" + request.name() + "/>");
            }
            try {
                return CompletableFuture.completedFuture(reader.read(payload));
            } catch (PayloadFormatException e) {
                return failed("unreadable " + what + ": " + e.getMessage());
            }
        });
    }

    private static <T> CompletableFuture<T> failed(String why) {
        return CompletableFuture.failedFuture(new ProtocolException(why));
    }
}
