package im.parley.client.profile;

import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.ext.activity.UserActivity;
import im.parley.xmpp.ext.activity.UserActivityCodec;
import im.parley.xmpp.ext.geoloc.UserLocation;
import im.parley.xmpp.ext.geoloc.UserLocationCodec;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.mood.UserMoodCodec;
import im.parley.xmpp.ext.nick.Nick;
import im.parley.xmpp.ext.nick.UserNick;
import im.parley.xmpp.ext.nick.UserNickCodec;
import im.parley.xmpp.ext.tune.UserTune;
import im.parley.xmpp.ext.tune.UserTuneCodec;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Optional;

/** The PEP node of each item kind but the avatar, and its payload both ways (also as the archive keeps it). */
public final class PersonalEvents {
    /** The nodes of the items told as they are; the avatar has its own two (XEP-0084). */
    static final List<String> NODES = List.of(Nick.NAMESPACE, UserMood.NAMESPACE, UserActivity.NAMESPACE,
            UserTune.NAMESPACE, UserLocation.NAMESPACE);

    private final UserNickCodec nicks = new UserNickCodec();
    private final UserMoodCodec moods = new UserMoodCodec();
    private final UserActivityCodec activities = new UserActivityCodec();
    private final UserTuneCodec tunes = new UserTuneCodec();
    private final UserLocationCodec locations = new UserLocationCodec();

    public static String node(ProfileItem.Kind kind) {
        return switch (kind) {
            case NICK -> Nick.NAMESPACE;
            case MOOD -> UserMood.NAMESPACE;
            case ACTIVITY -> UserActivity.NAMESPACE;
            case TUNE -> UserTune.NAMESPACE;
            case LOCATION -> UserLocation.NAMESPACE;
            case AVATAR -> throw new IllegalArgumentException("the avatar has a data and a metadata node");
        };
    }

    public XmlElement encode(ProfileItem item) {
        if (item instanceof ProfileItem.Nick n) {
            return nicks.encode(n.value());
        } else if (item instanceof ProfileItem.Mood m) {
            return moods.encode(m.value());
        } else if (item instanceof ProfileItem.Activity a) {
            return activities.encode(a.value());
        } else if (item instanceof ProfileItem.Tune t) {
            return tunes.encode(t.value());
        } else if (item instanceof ProfileItem.Location l) {
            return locations.encode(l.value());
        }
        throw new IllegalArgumentException("an avatar is published with its image: " + item);
    }

    /** The item a payload of {@code node} says; empty when it is malformed or of another node. */
    public Optional<ProfileItem> decode(String node, XmlElement payload) {
        return switch (node) {
            case Nick.NAMESPACE -> read(nicks, payload).map(ProfileItem.Nick::new);
            case UserMood.NAMESPACE -> read(moods, payload).map(ProfileItem.Mood::new);
            case UserActivity.NAMESPACE -> read(activities, payload).map(ProfileItem.Activity::new);
            case UserTune.NAMESPACE -> read(tunes, payload).map(ProfileItem.Tune::new);
            case UserLocation.NAMESPACE -> read(locations, payload).map(ProfileItem.Location::new);
            default -> Optional.empty();
        };
    }

    private static <T> Optional<T> read(PayloadCodec<T> codec, XmlElement payload) {
        return codec.decode(payload).valueIfAny();
    }
}
