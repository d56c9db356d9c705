package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.ext.rsm.ResultSet;
import java.util.List;
import java.util.Optional;

/**
 * A {@code <pubsub/>} element: of the owner namespace when {@code owner}, else the user one. Its
 * parts are in order; {@code set} is its RSM set (XEP-0059), null when it has none.
 */
public record PubSubPayload(boolean owner, List<PubSubPart> parts, ResultSet set) {
    public PubSubPayload {
        parts = List.copyOf(parts);
    }

    public static PubSubPayload of(PubSubPart... parts) {
        return new PubSubPayload(false, List.of(parts), null);
    }

    public static PubSubPayload owner(PubSubPart... parts) {
        return new PubSubPayload(true, List.of(parts), null);
    }

    public String namespace() {
        return owner ? PubSub.OWNER : PubSub.NAMESPACE;
    }

    /** The first part of {@code type}. */
    public <T extends PubSubPart> Optional<T> part(Class<T> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
