package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Objects;

/**
 * One child of a {@code <pubsub/>} element, in either namespace: a request names what to do, a
 * result answers with the same elements. Forms are null where the element carries none.
 */
public sealed interface PubSubPart {
    /** Creates {@code node}; null asks for an instant node whose name the service picks (§8.1.2). */
    record Create(String node) implements PubSubPart {
    }

    /** A node's configuration: asked for (no form), sent, or given with a create (§8.2). */
    record Configure(String node, DataForm form) implements PubSubPart {
    }

    record Publish(String node, List<Item> items) implements PubSubPart {
        public Publish {
            Objects.requireNonNull(node, "node");
            items = List.copyOf(items);
        }
    }

    /** Preconditions for a publish (§7.1.5), or access model and others for an auto-created node. */
    record PublishOptions(DataForm form) implements PubSubPart {
    }

    /** Deletes items (§7.2); {@code notifySubscribers} asks the service to tell subscribers. */
    record Retract(String node, boolean notifySubscribers, List<Item> items) implements PubSubPart {
        public Retract {
            Objects.requireNonNull(node, "node");
            items = List.copyOf(items);
        }
    }

    record Subscribe(String node, Jid jid) implements PubSubPart {
        public Subscribe {
            Objects.requireNonNull(jid, "jid");
        }
    }

    /** Subscription options (§6.3): asked for, given, or sent with a subscribe. */
    record Options(String node, Jid jid, String subid, DataForm form) implements PubSubPart {
    }

    record Unsubscribe(String node, Jid jid, String subid) implements PubSubPart {
        public Unsubscribe {
            Objects.requireNonNull(jid, "jid");
        }
    }

    /** Items asked for (the newest {@code maxItems}, or those named) or returned (§6.5). */
    record Items(String node, Integer maxItems, String subid, List<Item> items) implements PubSubPart {
        public Items {
            Objects.requireNonNull(node, "node");
            items = List.copyOf(items);
            if (maxItems != null && maxItems < 1) {
                throw new IllegalArgumentException("max_items must be positive: " + maxItems);
            }
        }
    }

    /** The user's subscriptions (§5.6) or, from the owner namespace, a node's (§8.8). */
    record Subscriptions(String node, List<Subscription> subscriptions) implements PubSubPart {
        public Subscriptions {
            subscriptions = List.copyOf(subscriptions);
        }
    }

    /** The user's affiliations (§5.7) or, from the owner namespace, a node's (§8.9). */
    record Affiliations(String node, List<Affiliation> affiliations) implements PubSubPart {
        public Affiliations {
            affiliations = List.copyOf(affiliations);
        }
    }

    /** The state of one subscription, as the answer to a subscribe gives it (§6.1.2). */
    record SubscriptionState(Subscription subscription) implements PubSubPart {
        public SubscriptionState {
            Objects.requireNonNull(subscription, "subscription");
        }
    }

    /** The default configuration (§8.3) or subscription options (§6.4); node null for the service's. */
    record Default(String node, DataForm form) implements PubSubPart {
    }

    /** Deletes a node (§8.4), pointing subscribers to {@code redirect} when not null. */
    record Delete(String node, String redirect) implements PubSubPart {
        public Delete {
            Objects.requireNonNull(node, "node");
        }
    }

    /** Removes every item of a node (§8.5). */
    record Purge(String node) implements PubSubPart {
        public Purge {
            Objects.requireNonNull(node, "node");
        }
    }

    /** A child this codec does not know, kept as it came. */
    record Other(XmlElement element) implements PubSubPart {
        public Other {
            Objects.requireNonNull(element, "element");
        }
    }
}
