package im.parley.xmpp.ext.blocking;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.FetchOrder;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * Client side of XEP-0191. The local list follows the server's pushes only: the server pushes
 * our own changes back to every resource (§3.3), so a change is never applied twice or guessed.
 */
public final class BlockingManager {
    private static final Logger LOG = Logger.getLogger(BlockingManager.class.getName());

    private final XmppClient client;
    private final BlockList list = new BlockList();
    private final FetchOrder order = new FetchOrder();

    public BlockingManager(XmppClient client) {
        this.client = client;
        for (BlockingCommand.Kind kind : List.of(BlockingCommand.Kind.BLOCK, BlockingCommand.Kind.UNBLOCK)) {
            client.addIqHandler(new IqHandlerKey(kind.element(), BlockingCommand.NAMESPACE, Iq.Type.SET), this::onPush);
        }
    }

    /** Fetches the block list (§3.2) and makes it the local copy. */
    public CompletableFuture<Set<Jid>> fetch() {
        XmlElement request = XmlElement.empty(BlockingCommand.Kind.BLOCKLIST.element(), BlockingCommand.NAMESPACE);
        return order.fetch(() -> client.query(Iq.get(null, request)).thenApply(r -> {
            try {
                BlockingCommand answer = BlockingCommand.fromXml(r.query().orElse(request));
                list.replace(answer.jids());
                return list.snapshot();
            } catch (PayloadFormatException e) {
                throw new IllegalStateException("malformed block list from the server: " + e.getMessage(), e);
            }
        }));
    }

    /** Blocks {@code jids} (§3.3); at least one. */
    public CompletableFuture<Void> block(Collection<Jid> jids) {
        if (jids.isEmpty()) {
            throw new IllegalArgumentException("block at least one JID");
        }
        return set(new BlockingCommand(BlockingCommand.Kind.BLOCK, List.copyOf(jids)));
    }

    /** Unblocks {@code jids} (§3.4); at least one, as an empty unblock would clear the whole list. */
    public CompletableFuture<Void> unblock(Collection<Jid> jids) {
        if (jids.isEmpty()) {
            throw new IllegalArgumentException("unblock at least one JID; use unblockAll() to clear the list");
        }
        return set(new BlockingCommand(BlockingCommand.Kind.UNBLOCK, List.copyOf(jids)));
    }

    /** Unblocks everyone (§3.5). */
    public CompletableFuture<Void> unblockAll() {
        return set(new BlockingCommand(BlockingCommand.Kind.UNBLOCK, List.of()));
    }

    private CompletableFuture<Void> set(BlockingCommand command) {
        return client.query(Iq.set(null, command.toXml())).thenApply(r -> null);
    }

    public boolean isBlocked(Jid jid) {
        return list.isBlocked(jid);
    }

    /** The local copy, as of the last fetch and pushes. */
    public Set<Jid> blocked() {
        return list.snapshot();
    }

    private Iq onPush(Iq push) throws IqErrorException {
        BlockingCommand command;
        try {
            command = BlockingCommand.fromXml(push.query().orElseThrow());
        } catch (PayloadFormatException e) {
            throw new IqErrorException(StanzaError.of(StanzaErrorCondition.BAD_REQUEST, e.getMessage()));
        }
        Jid from = push.from();
        Jid account = client.jid();
        if (!BlockList.mayPush(from, account, command)) {
            LOG.warning("ignoring a blocking push from " + from + ": only the account's server may push");
            throw new IqErrorException(StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));
        }
        order.push(() -> list.applyPush(from, account, command));
        return push.result();
    }
}
