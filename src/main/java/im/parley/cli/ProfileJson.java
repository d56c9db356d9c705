package im.parley.cli;

import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileItem;
import java.util.Map;

/** The fields of profile items as the command line prints them, for {@code profile get} and {@code watch}. */
final class ProfileJson {
    private ProfileJson() {
    }

    static void profile(Map<String, Object> f, Profile profile) {
        f.put("jid", profile.jid().toString());
        profile.items().values().forEach(item -> item(f, item));
    }

    /** Adds {@code item}'s fields; a cleared item says only its kind, with null. */
    static void item(Map<String, Object> f, ProfileItem item) {
        if (item.isCleared()) {
            f.put(item.kind().label(), null);
        } else if (item instanceof ProfileItem.Nick n) {
            f.put("nick", n.value().value());
        } else if (item instanceof ProfileItem.Mood m) {
            f.put("mood", m.value().mood().wireName());
            f.put("mood_text", m.value().text());
        } else if (item instanceof ProfileItem.Activity a) {
            f.put("activity", a.value().general().wireName()
                    + (a.value().specific() == null ? "" : "/" + a.value().specific().wireName()));
            f.put("activity_text", a.value().text());
        } else if (item instanceof ProfileItem.Tune t) {
            f.put("tune_artist", t.value().artist());
            f.put("tune_title", t.value().title());
            f.put("tune_source", t.value().source());
        } else if (item instanceof ProfileItem.Location l) {
            f.put("location_lat", l.value().field("lat").orElse(null));
            f.put("location_lon", l.value().field("lon").orElse(null));
            f.put("location_text", l.value().field("text").orElse(null));
        } else if (item instanceof ProfileItem.Avatar a) {
            f.put("avatar", a.hash());
        }
    }
}
