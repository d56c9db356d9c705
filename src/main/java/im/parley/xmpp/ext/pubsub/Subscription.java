package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.ext.WireNames;
import im.parley.xmpp.jid.Jid;
import java.util.Locale;
import java.util.Optional;

/**
 * A subscription (§6.1.2): of {@code jid} to {@code node}, with its subid when the service gives
 * one, its state, and whether the service supports or requires configuring it.
 *
 * @param node null inside an owner's list, which is about one node
 * @param state null when a request leaves it out
 */
public record Subscription(String node, Jid jid, String subid, State state, Options options) {
    public enum State {
        NONE, PENDING, SUBSCRIBED, UNCONFIGURED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<State> fromWire(String value) {
            return WireNames.lookup(values(), State::wireName, value);
        }
    }

    /** What the {@code <subscribe-options/>} child says (§6.1.5, §6.3.1). */
    public enum Options {
        /** No such child: the service offers no subscription options. */
        NOT_OFFERED,
        OFFERED,
        /** Configuring is required before notifications flow. */
        REQUIRED
    }

    public Subscription {
        options = options == null ? Options.NOT_OFFERED : options;
    }

    public static Subscription of(String node, Jid jid, State state) {
        return new Subscription(node, jid, null, state, Options.NOT_OFFERED);
    }
}
