package im.parley.xmpp.ext.tune;

/**
 * {@code <tune xmlns='http://jabber.org/protocol/tune'/>} (§2): what the user listens to; every
 * field empty when they stopped (§2.2).
 *
 * @param length seconds, or null
 * @param rating 1 to 10, or null
 * @param track the track number or other identifier in the source, or null
 */
public record UserTune(String artist, Integer length, Integer rating, String source, String title, String track,
                       String uri) {
    public static final String NAMESPACE = "http://jabber.org/protocol/tune";
    public static final String ELEMENT = "tune";

    public UserTune {
        if (length != null && (length < 0 || length > 32767)) {
            throw new IllegalArgumentException("length is 0 to 32767 seconds: " + length);
        }
        if (rating != null && (rating < 1 || rating > 10)) {
            throw new IllegalArgumentException("rating is 1 to 10: " + rating);
        }
    }

    public static UserTune of(String artist, String title) {
        return new UserTune(artist, null, null, null, title, null, null);
    }

    public static UserTune stopped() {
        return new UserTune(null, null, null, null, null, null, null);
    }

    public boolean isStopped() {
        return artist == null && length == null && rating == null && source == null && title == null
                && track == null && uri == null;
    }
}
