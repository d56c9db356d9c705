package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Objects;

/** What an {@code <event xmlns='...#event'/>} notification tells (§7.1.2, §7.2.2, §8.2.5, §8.4.2, §8.5.2). */
public sealed interface PubSubEvent {
    /** The node the event is about. */
    String node();

    /** Items published (with payloads or, for a node without, ids only) and retracted. */
    record Items(String node, List<Item> items, List<String> retracted) implements PubSubEvent {
        public Items {
            Objects.requireNonNull(node, "node");
            items = List.copyOf(items);
            retracted = List.copyOf(retracted);
        }
    }

    record Purged(String node) implements PubSubEvent {
        public Purged {
            Objects.requireNonNull(node, "node");
        }
    }

    /** The node was deleted, its subscribers pointed to {@code redirect} when not null. */
    record Deleted(String node, String redirect) implements PubSubEvent {
        public Deleted {
            Objects.requireNonNull(node, "node");
        }
    }

    /** The node's configuration changed; the form only when the node delivers it. */
    record Configured(String node, DataForm form) implements PubSubEvent {
        public Configured {
            Objects.requireNonNull(node, "node");
        }
    }

    /** The state of one of the user's subscriptions changed (§6.1.3: approval, §8.8.4). */
    record SubscriptionChanged(Subscription subscription, String expiry) implements PubSubEvent {
        public SubscriptionChanged {
            Objects.requireNonNull(subscription, "subscription");
        }

        @Override
        public String node() {
            return subscription.node();
        }
    }

    /** An event this codec does not know (a collection's, say), kept as it came. */
    record Other(XmlElement element) implements PubSubEvent {
        public Other {
            Objects.requireNonNull(element, "element");
        }

        @Override
        public String node() {
            return element.attributeOrNull("node");
        }
    }
}
