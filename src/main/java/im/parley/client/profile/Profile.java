package im.parley.client.profile;

import im.parley.xmpp.jid.Jid;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What is known of one person's profile: their latest item of each kind, cleared ones left out. */
public record Profile(Jid jid, Map<ProfileItem.Kind, ProfileItem> items) {
    public Profile {
        Objects.requireNonNull(jid, "jid");
        EnumMap<ProfileItem.Kind, ProfileItem> copy = new EnumMap<>(ProfileItem.Kind.class);
        copy.putAll(items);
        items = java.util.Collections.unmodifiableMap(copy);
    }

    public static Profile empty(Jid jid) {
        return new Profile(jid, Map.of());
    }

    /** A copy with {@code item} as the latest of its kind; a cleared item removes the kind. */
    public Profile with(ProfileItem item) {
        EnumMap<ProfileItem.Kind, ProfileItem> next = new EnumMap<>(ProfileItem.Kind.class);
        next.putAll(items);
        if (item.isCleared()) {
            next.remove(item.kind());
        } else {
            next.put(item.kind(), item);
        }
        return new Profile(jid, next);
    }

    public <T extends ProfileItem> Optional<T> item(Class<T> type) {
        return items.values().stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
