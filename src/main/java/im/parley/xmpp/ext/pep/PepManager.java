package im.parley.xmpp.ext.pep;

import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.ext.pubsub.Item;
import im.parley.xmpp.ext.pubsub.NodeOptions;
import im.parley.xmpp.ext.pubsub.PubSubErrorCondition;
import im.parley.xmpp.ext.pubsub.PubSubEvent;
import im.parley.xmpp.ext.pubsub.PubSubException;
import im.parley.xmpp.ext.pubsub.PubSubManager;
import im.parley.xmpp.ext.pubsub.PubSubNotification;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The user's PEP service and their contacts' (XEP-0163). A node is published to with its access
 * model as a precondition; when the node exists with another model (the user changed who may see
 * it), it is reconfigured and the item published again (XEP-0060 §7.1.5.3).
 */
public final class PepManager {
    /** Contacts with a presence subscription see what the user publishes, unless the user says otherwise. */
    public static final AccessModel DEFAULT_ACCESS = AccessModel.PRESENCE;

    private final PubSubManager pubsub;
    private final ServiceDiscovery discovery;

    public PepManager(PubSubManager pubsub, ServiceDiscovery discovery) {
        this.pubsub = pubsub;
        this.discovery = discovery;
    }

    /**
     * Publishes {@code item} to the user's own {@code node}, creating the node with
     * {@code access} if needed (§3), and answers the item's id.
     */
    public CompletableFuture<String> publish(String node, Item item, AccessModel access) {
        return publish(node, item, NodeOptions.none().accessModel(access));
    }

    /**
     * Publishes {@code item} with {@code options} as publish-options, reconfiguring the node to
     * them when it exists configured otherwise, and answers the item's id.
     */
    public CompletableFuture<String> publish(String node, Item item, NodeOptions options) {
        return pubsub.publish(null, node, item, options).handle((id, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(id);
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof PubSubException e
                    && e.pubSubCondition().filter(c -> c == PubSubErrorCondition.PRECONDITION_NOT_MET).isPresent()) {
                return pubsub.configure(null, node, options)
                        .thenCompose(done -> pubsub.publish(null, node, item, options));
            }
            return CompletableFuture.<String>failedFuture(cause);
        }).thenCompose(f -> f);
    }

    /** Removes one of the user's own items and tells the subscribers (§7.2 of XEP-0060). */
    public CompletableFuture<Void> retract(String node, String id) {
        return pubsub.retract(null, node, id, true);
    }

    /** The newest item {@code owner} (a bare JID; null for the user) has on {@code node}, if any. */
    public CompletableFuture<Optional<Item>> latest(Jid owner, String node) {
        return pubsub.items(owner, node, 1, null).thenApply(page -> page.items().stream().findFirst());
    }

    /**
     * Hears what contacts publish on {@code nodes}: announces each {@code node+notify} (§4) in one
     * change of our caps, so the server sends each contact's last item and every later one,
     * until the handle is closed.
     */
    public Registration listen(List<String> nodes, Consumer<PepEvent> listener) {
        Set<String> wanted = Set.copyOf(nodes);
        Registration heard = pubsub.addListener(n -> event(n, wanted).ifPresent(listener));
        List<String> features = nodes.stream().map(node -> node + "+notify").toList();
        return Registration.all(heard, discovery.announce(features));
    }

    private static Optional<PepEvent> event(PubSubNotification n, Set<String> nodes) {
        // A PEP service is a user's account; a domain JID is a PubSub component's.
        if (n.service().local() == null || !nodes.contains(n.event().node())
                || !(n.event() instanceof PubSubEvent.Items items)) {
            return Optional.empty();
        }
        return Optional.of(new PepEvent(n.service(), items.node(), items.items(), items.retracted()));
    }
}
