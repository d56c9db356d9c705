package im.parley.xmpp.ext.muc;

/** The namespaces of XEP-0045 and the room features a client acts on. */
public final class Muc {
    public static final String NAMESPACE = "http://jabber.org/protocol/muc";
    public static final String USER = NAMESPACE + "#user";
    public static final String ADMIN = NAMESPACE + "#admin";
    public static final String OWNER = NAMESPACE + "#owner";
    /** The FORM_TYPE of a room's configuration form (§15.5.3). */
    public static final String ROOMCONFIG = NAMESPACE + "#roomconfig";
    /** The FORM_TYPE of a voice request (§7.13). */
    public static final String REQUEST = NAMESPACE + "#request";
    /** A room with this feature answers self-pings itself (XEP-0410 §4). */
    public static final String SELF_PING_OPTIMIZATION = NAMESPACE + "#self-ping-optimization";

    private Muc() {
    }
}
