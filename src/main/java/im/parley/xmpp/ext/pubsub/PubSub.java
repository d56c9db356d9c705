package im.parley.xmpp.ext.pubsub;

/** The namespaces and form types of XEP-0060. */
public final class PubSub {
    public static final String NAMESPACE = "http://jabber.org/protocol/pubsub";
    public static final String OWNER = NAMESPACE + "#owner";
    public static final String EVENT = NAMESPACE + "#event";
    public static final String ERRORS = NAMESPACE + "#errors";
    /** FORM_TYPE of a node configuration form (§16.4.3). */
    public static final String NODE_CONFIG = NAMESPACE + "#node_config";
    /** FORM_TYPE of publish-options (§7.1.5). */
    public static final String PUBLISH_OPTIONS = NAMESPACE + "#publish-options";
    /** FORM_TYPE of subscription options (§16.4.2). */
    public static final String SUBSCRIBE_OPTIONS = NAMESPACE + "#subscribe_options";
    /** FORM_TYPE of the metadata a node's disco#info carries (§16.4.4). */
    public static final String META_DATA = NAMESPACE + "#meta-data";

    private PubSub() {
    }
}
