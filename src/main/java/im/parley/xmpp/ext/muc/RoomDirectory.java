package im.parley.xmpp.ext.muc;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.disco.DiscoItems;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.ext.rsm.ResultSet;
import im.parley.xmpp.ext.rsm.RsmCodec;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The rooms of a chat service (XEP-0045 §6.3), a page at a time with Result Set Management
 * (XEP-0059) for large services (§6.3, example 7).
 */
public final class RoomDirectory {
    private static final RsmCodec RSM = new RsmCodec();

    private final XmppClient client;

    /** One page of rooms; {@code page} is empty when the service does not page. */
    public record RoomPage(List<DiscoItems.Item> rooms, Optional<Page> page) {
        public RoomPage {
            rooms = List.copyOf(rooms);
        }
    }

    public RoomDirectory(XmppClient client) {
        this.client = client;
    }

    /** A page of the rooms of {@code service}; null {@code request} lets the service choose (maybe all). */
    public CompletableFuture<RoomPage> rooms(Jid service, PageRequest request) {
        XmlElement.Builder query = XmlElement.builder("query", DiscoItems.NAMESPACE);
        if (request != null) {
            query.child(RSM.encode(request));
        }
        return client.query(Iq.get(service, query.build())).thenApply(r -> {
            XmlElement answer = r.query().orElse(XmlElement.empty("query", DiscoItems.NAMESPACE));
            Optional<Page> page = answer.child(ResultSet.ELEMENT, ResultSet.NAMESPACE).map(RSM::decode)
                    .flatMap(Decoded::valueIfAny).filter(Page.class::isInstance).map(Page.class::cast);
            return new RoomPage(DiscoItems.fromXml(answer).items(), page);
        });
    }

    /** The page after {@code previous}, when there is one. */
    public Optional<CompletableFuture<RoomPage>> next(Jid service, RoomPage previous, int max) {
        return previous.page().flatMap(p -> p.next(max)).map(request -> rooms(service, request));
    }
}
