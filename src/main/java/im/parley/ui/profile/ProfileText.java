package im.parley.ui.profile;

import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileItem;
import im.parley.xmpp.ext.activity.GeneralActivity;
import im.parley.xmpp.ext.activity.SpecificActivity;
import im.parley.xmpp.ext.activity.UserActivity;
import im.parley.xmpp.ext.geoloc.UserLocation;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.tune.UserTune;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The words (and emoji) a profile item is shown with, the same in the editor, the header and the details. */
public final class ProfileText {
    private static final Map<Mood, String> MOOD_EMOJI = new EnumMap<>(Mood.class);

    static {
        // The Emoticons block and a few older symbols: fonts without colour emoji have them too.
        String[] faces = {"😨", "😲", "😘", "😠", "😒", "😟", "😏", "😳", "😪", "😤", "🙂", "😬",
            "❄", "😎", "😕", "😶", "😊", "😤", "😝", "✎", "😯", "😞",
            "😔", "😞", "😖", "😧", "🙄", "😅", "😑", "😆",
            "😉", "😣", "🙏", "😢", "😾", "😬", "😀", "😇", "😓", "🙇",
            "😖", "😋", "😿", "😮", "😦", "😍", "😠", "😃", "😵",
            "😼", "😒", "🙁", "😶", "☘", "😈", "🙃", "😰", "😐", "😤", "😡",
            "😜", "😸", "😌", "😅", "😔", "😬", "😢", "🙃", "😋", "😑",
            "😱", "🙈", "😷", "😴", "😛", "😫", "😤", "😯", "🙏", "☕", "😩",
            "😶", "😵", "😟"};
        Mood[] moods = Mood.values();
        if (faces.length != moods.length) {
            throw new IllegalStateException("one emoji per XEP-0107 mood: " + faces.length + " for " + moods.length);
        }
        for (int i = 0; i < moods.length; i++) {
            MOOD_EMOJI.put(moods[i], faces[i]);
        }
    }

    private ProfileText() {
    }

    public static String emoji(Mood mood) {
        return MOOD_EMOJI.get(mood);
    }

    /** "In awe" for IN_AWE: an enum's wire name as words. */
    public static String words(Enum<?> value) {
        String w = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** The mood as the lists show it: its emoji, then its name. */
    public static String moodChoice(Mood mood) {
        return emoji(mood) + "  " + words(mood);
    }

    /** "😀 Happy: sunny day", or empty when cleared. */
    public static Optional<String> mood(UserMood m) {
        if (m.isCleared()) {
            return Optional.empty();
        }
        String text = m.text() == null || m.text().isBlank() ? "" : ": " + m.text();
        return Optional.of(emoji(m.mood()) + " " + words(m.mood()) + text);
    }

    /** "Relaxing, reading: XEPs". */
    public static Optional<String> activity(UserActivity a) {
        if (a.isCleared()) {
            return Optional.empty();
        }
        GeneralActivity g = a.general();
        SpecificActivity s = a.specific();
        String text = a.text() == null || a.text().isBlank() ? "" : ": " + a.text();
        return Optional.of(words(g) + (s == null ? "" : ", " + words(s).toLowerCase(Locale.ROOT)) + text);
    }

    /** "♪ Yes – Heart of the Sunrise (Yessongs)". */
    public static Optional<String> tune(UserTune t) {
        if (t.isStopped()) {
            return Optional.empty();
        }
        List<String> who = new ArrayList<>();
        if (t.artist() != null) {
            who.add(t.artist());
        }
        if (t.title() != null) {
            who.add(t.title());
        }
        String what = who.isEmpty() ? (t.uri() == null ? "something" : t.uri()) : String.join(" – ", who);
        return Optional.of("♪ " + what + (t.source() == null ? "" : " (" + t.source() + ")"));
    }

    /** "Venice (45.44, 12.33)": the user's words first, the position after. */
    public static Optional<String> location(UserLocation l) {
        if (l.isStopped()) {
            return Optional.empty();
        }
        String position = l.lat().isPresent() && l.lon().isPresent()
                ? l.lat().get().toPlainString() + ", " + l.lon().get().toPlainString() : null;
        Optional<String> words = l.field("text").or(() -> l.field("locality")).or(() -> l.field("country"));
        if (words.isPresent()) {
            return Optional.of(words.get() + (position == null ? "" : " (" + position + ")"));
        }
        return Optional.ofNullable(position);
    }

    /** Each item of {@code p} but the avatar as a labelled line, in the editor's order. */
    public static List<Map.Entry<String, String>> lines(Profile p) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        p.item(ProfileItem.Nick.class).filter(n -> !n.isCleared()).ifPresent(n -> out.add(Map.entry("Nickname",
                n.value().value())));
        p.item(ProfileItem.Mood.class).flatMap(m -> mood(m.value())).ifPresent(s -> out.add(Map.entry("Mood", s)));
        p.item(ProfileItem.Activity.class).flatMap(a -> activity(a.value()))
                .ifPresent(s -> out.add(Map.entry("Activity", s)));
        p.item(ProfileItem.Tune.class).flatMap(t -> tune(t.value())).ifPresent(s -> out.add(Map.entry("Listening to", s)));
        p.item(ProfileItem.Location.class).flatMap(l -> location(l.value()))
                .ifPresent(s -> out.add(Map.entry("Location", s)));
        return out;
    }
}
