package im.parley.xmpp.ext.activity;

/**
 * {@code <activity xmlns='http://jabber.org/protocol/activity'/>}: a general activity, maybe a
 * specific one and text; nothing at all when the user stopped publishing (§2.2).
 */
public record UserActivity(GeneralActivity general, SpecificActivity specific, String text) {
    public static final String NAMESPACE = "http://jabber.org/protocol/activity";
    public static final String ELEMENT = "activity";

    public UserActivity {
        if (general == null && (specific != null || text != null)) {
            throw new IllegalArgumentException("a specific activity or text needs a general activity");
        }
    }

    public static UserActivity cleared() {
        return new UserActivity(null, null, null);
    }

    public boolean isCleared() {
        return general == null;
    }
}
