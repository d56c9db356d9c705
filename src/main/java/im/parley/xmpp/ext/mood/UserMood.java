package im.parley.xmpp.ext.mood;

/**
 * {@code <mood xmlns='http://jabber.org/protocol/mood'/>}: a mood with optional text, or neither
 * when the user stopped publishing one (§2.2).
 */
public record UserMood(Mood mood, String text) {
    public static final String NAMESPACE = "http://jabber.org/protocol/mood";
    public static final String ELEMENT = "mood";

    public UserMood {
        if (mood == null && text != null) {
            throw new IllegalArgumentException("a mood text needs a mood");
        }
    }

    /** The empty mood that clears it. */
    public static UserMood cleared() {
        return new UserMood(null, null);
    }

    public boolean isCleared() {
        return mood == null;
    }
}
