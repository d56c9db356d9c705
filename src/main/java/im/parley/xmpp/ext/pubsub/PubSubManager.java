package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.disco.DiscoItems;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * XEP-0060 for one session: a service is addressed by its JID, or null for the user's own PEP
 * service (XEP-0163). Every refusal fails the future with {@link PubSubException}. Notifications
 * come through {@link #addListener}; see {@link PubSubNotifications} for which are believed.
 */
public final class PubSubManager implements AutoCloseable {
    private final XmppClient client;
    private final PubSubRequests requests;
    private final PubSubNotifications notifications;

    public PubSubManager(XmppClient client) {
        this.client = client;
        this.requests = new PubSubRequests(client);
        this.notifications = new PubSubNotifications(client);
    }

    /** Hears every accepted notification, on the dispatcher, in order per service. */
    public Registration addListener(Consumer<PubSubNotification> listener) {
        return notifications.add(listener);
    }

    /** Notifications dropped because their sender could not host the node (a full JID). */
    public long forgedDropped() {
        return notifications.forgedDropped();
    }

    // Discovery (§5)

    /** The nodes of {@code service}, or the children of {@code node} when not null (§5.2). */
    public CompletableFuture<List<DiscoItems.Item>> nodes(Jid service, String node) {
        XmlElement query = XmlElement.builder("query", DiscoItems.NAMESPACE).attribute("node", node).build();
        return client.query(Iq.get(service, query)).thenApply(r -> DiscoItems.fromXml(r.query().orElse(query)).items());
    }

    /** disco#info of the service (node null: its features, §5.1) or of one node (§5.3). */
    public CompletableFuture<DiscoInfo> info(Jid service, String node) {
        XmlElement query = XmlElement.builder("query", DiscoInfo.NAMESPACE).attribute("node", node).build();
        return client.query(Iq.get(service, query)).thenApply(r -> DiscoInfo.fromXml(r.query().orElse(query)));
    }

    /** The user's subscriptions at the service, on {@code node} only when not null (§5.6). */
    public CompletableFuture<List<Subscription>> subscriptions(Jid service, String node) {
        return requests.get(service, PubSubPayload.of(new PubSubPart.Subscriptions(node, List.of())))
                .thenApply(r -> r.part(PubSubPart.Subscriptions.class).map(PubSubPart.Subscriptions::subscriptions)
                        .orElse(List.of()));
    }

    /** The user's affiliations at the service (§5.7). */
    public CompletableFuture<List<Affiliation>> affiliations(Jid service) {
        return requests.get(service, PubSubPayload.of(new PubSubPart.Affiliations(null, List.of())))
                .thenApply(r -> r.part(PubSubPart.Affiliations.class).map(PubSubPart.Affiliations::affiliations)
                        .orElse(List.of()));
    }

    // Subscribers (§6)

    /**
     * Subscribes {@code jid} (the user's bare or full JID) to {@code node}, with subscription
     * options in the same request when not empty (§6.3.7). The answer's state may be pending or
     * unconfigured; a service that answers with nothing is taken to have subscribed.
     */
    public CompletableFuture<Subscription> subscribe(Jid service, String node, Jid jid, NodeOptions options) {
        PubSubPayload request = options.isEmpty()
                ? PubSubPayload.of(new PubSubPart.Subscribe(node, jid))
                : PubSubPayload.of(new PubSubPart.Subscribe(node, jid),
                        new PubSubPart.Options(null, null, null, options.toForm(PubSub.SUBSCRIBE_OPTIONS)));
        return requests.set(service, request).thenApply(r -> r.part(PubSubPart.SubscriptionState.class)
                .map(PubSubPart.SubscriptionState::subscription)
                .orElse(Subscription.of(node, jid, Subscription.State.SUBSCRIBED)));
    }

    /** Ends a subscription (§6.2); {@code subid} is needed when there are several. */
    public CompletableFuture<Void> unsubscribe(Jid service, String node, Jid jid, String subid) {
        return requests.set(service, PubSubPayload.of(new PubSubPart.Unsubscribe(node, jid, subid))).thenApply(r -> null);
    }

    /** The subscription options form (§6.3.2). */
    public CompletableFuture<DataForm> subscriptionOptions(Jid service, String node, Jid jid, String subid) {
        return requests.get(service, PubSubPayload.of(new PubSubPart.Options(node, jid, subid, null)))
                .thenApply(r -> r.part(PubSubPart.Options.class).map(PubSubPart.Options::form).orElse(null));
    }

    /** Submits subscription options (§6.3.5). */
    public CompletableFuture<Void> configureSubscription(Jid service, String node, Jid jid, String subid,
                                                         NodeOptions options) {
        return requests.set(service, PubSubPayload.of(new PubSubPart.Options(node, jid, subid,
                options.toForm(PubSub.SUBSCRIBE_OPTIONS)))).thenApply(r -> null);
    }

    /**
     * Items of {@code node}: the newest {@code maxItems} (null for all the service gives, §6.5.7),
     * in pages when {@code page} is not null (§6.5.4, XEP-0059).
     */
    public CompletableFuture<ItemsPage> items(Jid service, String node, Integer maxItems, PageRequest page) {
        PubSubPayload request = new PubSubPayload(false, List.of(new PubSubPart.Items(node, maxItems, null, List.of())),
                page);
        return requests.get(service, request).thenApply(PubSubManager::itemsPage);
    }

    /** The items of {@code node} with these ids (§6.5.8). */
    public CompletableFuture<ItemsPage> items(Jid service, String node, List<String> ids) {
        List<Item> named = ids.stream().map(Item::id).toList();
        return requests.get(service, PubSubPayload.of(new PubSubPart.Items(node, null, null, named)))
                .thenApply(PubSubManager::itemsPage);
    }

    private static ItemsPage itemsPage(PubSubPayload answer) {
        List<Item> items = answer.part(PubSubPart.Items.class).map(PubSubPart.Items::items).orElse(List.of());
        return new ItemsPage(items, answer.set() instanceof Page p ? p : null);
    }

    // Publishers (§7)

    /**
     * Publishes {@code item} (its id null for one the service picks) and answers the item's id.
     * Non-empty {@code publishOptions} are preconditions: the service refuses with
     * precondition-not-met when the node is configured otherwise, or creates the node so (§7.1.5).
     */
    public CompletableFuture<String> publish(Jid service, String node, Item item, NodeOptions publishOptions) {
        PubSubPart publish = new PubSubPart.Publish(node, List.of(item));
        PubSubPayload request = publishOptions.isEmpty() ? PubSubPayload.of(publish)
                : PubSubPayload.of(publish, new PubSubPart.PublishOptions(publishOptions.toForm(PubSub.PUBLISH_OPTIONS)));
        return requests.set(service, request).thenApply(r -> r.part(PubSubPart.Publish.class)
                .flatMap(p -> p.items().stream().findFirst()).map(Item::id).orElse(item.id()));
    }

    /** Deletes an item (§7.2); {@code notify} asks the service to tell subscribers. */
    public CompletableFuture<Void> retract(Jid service, String node, String id, boolean notify) {
        return requests.set(service, PubSubPayload.of(new PubSubPart.Retract(node, notify, List.of(Item.id(id)))))
                .thenApply(r -> null);
    }

    // Owners (§8)

    /**
     * Creates {@code node} (null: an instant node, §8.1.2), configured with {@code config} when not
     * empty (§8.1.3), and answers its name.
     */
    public CompletableFuture<String> create(Jid service, String node, NodeOptions config) {
        PubSubPart create = new PubSubPart.Create(node);
        PubSubPayload request = config.isEmpty() ? PubSubPayload.of(create)
                : PubSubPayload.of(create, new PubSubPart.Configure(null, config.toForm(PubSub.NODE_CONFIG)));
        return requests.set(service, request).thenApply(r -> r.part(PubSubPart.Create.class)
                .map(PubSubPart.Create::node).orElse(node));
    }

    /** The node's configuration form (§8.2.1). */
    public CompletableFuture<DataForm> configuration(Jid service, String node) {
        return requests.get(service, PubSubPayload.owner(new PubSubPart.Configure(node, null)))
                .thenApply(r -> r.part(PubSubPart.Configure.class).map(PubSubPart.Configure::form).orElse(null));
    }

    /** Changes the node's configuration (§8.2.4); fields not set keep their values. */
    public CompletableFuture<Void> configure(Jid service, String node, NodeOptions config) {
        return requests.set(service, PubSubPayload.owner(new PubSubPart.Configure(node, config.toForm(PubSub.NODE_CONFIG))))
                .thenApply(r -> null);
    }

    /** The service's default node configuration (§8.3). */
    public CompletableFuture<DataForm> defaultConfiguration(Jid service) {
        return requests.get(service, PubSubPayload.owner(new PubSubPart.Default(null, null)))
                .thenApply(r -> r.part(PubSubPart.Default.class).map(PubSubPart.Default::form).orElse(null));
    }

    /** Deletes the node (§8.4), pointing subscribers to {@code redirect} when not null. */
    public CompletableFuture<Void> delete(Jid service, String node, String redirect) {
        return requests.set(service, PubSubPayload.owner(new PubSubPart.Delete(node, redirect))).thenApply(r -> null);
    }

    /** Removes every item of the node (§8.5). */
    public CompletableFuture<Void> purge(Jid service, String node) {
        return requests.set(service, PubSubPayload.owner(new PubSubPart.Purge(node))).thenApply(r -> null);
    }

    /** Every subscription to the node (§8.8.1). */
    public CompletableFuture<List<Subscription>> nodeSubscriptions(Jid service, String node) {
        return requests.get(service, PubSubPayload.owner(new PubSubPart.Subscriptions(node, List.of())))
                .thenApply(r -> r.part(PubSubPart.Subscriptions.class).map(PubSubPart.Subscriptions::subscriptions)
                        .orElse(List.of()));
    }

    /** Changes subscriptions to the node; state none removes one (§8.8.2). */
    public CompletableFuture<Void> setNodeSubscriptions(Jid service, String node, List<Subscription> changes) {
        return requests.set(service, PubSubPayload.owner(new PubSubPart.Subscriptions(node, changes)))
                .thenApply(r -> null);
    }

    /** Every affiliation to the node (§8.9.1). */
    public CompletableFuture<List<Affiliation>> nodeAffiliations(Jid service, String node) {
        return requests.get(service, PubSubPayload.owner(new PubSubPart.Affiliations(node, List.of())))
                .thenApply(r -> r.part(PubSubPart.Affiliations.class).map(PubSubPart.Affiliations::affiliations)
                        .orElse(List.of()));
    }

    /** Changes affiliations to the node; none removes one (§8.9.2). */
    public CompletableFuture<Void> setNodeAffiliations(Jid service, String node, List<Affiliation> changes) {
        return requests.set(service, PubSubPayload.owner(new PubSubPart.Affiliations(node, changes)))
                .thenApply(r -> null);
    }

    @Override
    public void close() {
        notifications.close();
    }
}
