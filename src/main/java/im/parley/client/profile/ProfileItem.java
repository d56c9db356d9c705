package im.parley.client.profile;

import im.parley.xmpp.ext.activity.UserActivity;
import im.parley.xmpp.ext.geoloc.UserLocation;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.nick.UserNick;
import im.parley.xmpp.ext.tune.UserTune;
import java.util.Locale;
import java.util.Optional;

/** One item of a profile, each its own personal event; a cleared one says the user took it away. */
public sealed interface ProfileItem {
    /** The kinds, by the names the command line takes. */
    enum Kind {
        NICK, MOOD, ACTIVITY, TUNE, LOCATION, AVATAR;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> of(String label) {
            for (Kind k : values()) {
                if (k.label().equals(label)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    default Kind kind() {
        if (this instanceof Nick) {
            return Kind.NICK;
        } else if (this instanceof Mood) {
            return Kind.MOOD;
        } else if (this instanceof Activity) {
            return Kind.ACTIVITY;
        } else if (this instanceof Tune) {
            return Kind.TUNE;
        }
        return this instanceof Location ? Kind.LOCATION : Kind.AVATAR;
    }

    /** Whether it says the user took the item away: the empty payload each of these XEPs defines. */
    default boolean isCleared() {
        if (this instanceof Nick n) {
            return n.value().isCleared();
        } else if (this instanceof Mood m) {
            return m.value().isCleared();
        } else if (this instanceof Activity a) {
            return a.value().isCleared();
        } else if (this instanceof Tune t) {
            return t.value().isStopped();
        } else if (this instanceof Location l) {
            return l.value().isStopped();
        }
        return ((Avatar) this).hash() == null;
    }

    /** The item that clears {@code kind}. */
    static ProfileItem cleared(Kind kind) {
        return switch (kind) {
            case NICK -> new Nick(UserNick.cleared());
            case MOOD -> new Mood(UserMood.cleared());
            case ACTIVITY -> new Activity(UserActivity.cleared());
            case TUNE -> new Tune(UserTune.stopped());
            case LOCATION -> new Location(UserLocation.stopped());
            case AVATAR -> new Avatar(null);
        };
    }

    record Nick(UserNick value) implements ProfileItem {
    }

    record Mood(UserMood value) implements ProfileItem {
    }

    record Activity(UserActivity value) implements ProfileItem {
    }

    record Tune(UserTune value) implements ProfileItem {
    }

    record Location(UserLocation value) implements ProfileItem {
    }

    /**
     * An avatar by its SHA-1 (XEP-0084 id or XEP-0153 hash), whose bytes are in the avatar cache
     * once told; null when the user has none.
     */
    record Avatar(String hash) implements ProfileItem {
    }
}
