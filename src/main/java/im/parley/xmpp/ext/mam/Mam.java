package im.parley.xmpp.ext.mam;

/** The names XEP-0313 defines. */
public final class Mam {
    public static final String NAMESPACE = "urn:xmpp:mam:2";
    /** The archive takes before-id, after-id and ids, flipped pages and metadata (§7). */
    public static final String EXTENDED = NAMESPACE + "#extended";
    /** The hidden FORM_TYPE of a query's filter (§4.1). */
    public static final String FORM_TYPE = NAMESPACE;

    private Mam() {
    }
}
