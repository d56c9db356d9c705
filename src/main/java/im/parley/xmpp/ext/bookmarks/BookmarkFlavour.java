package im.parley.xmpp.ext.bookmarks;

import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.pubsub.PubSub;

/** Where an account keeps its bookmarks, by what the server says of the account (disco#info of its bare JID). */
public enum BookmarkFlavour {
    /** XEP-0402, the server keeping XEP-0048 private storage in step ({@code #compat}): nothing to convert. */
    NATIVE_UNIFIED,
    /** XEP-0402 on PEP with publish-options, XEP-0048 private storage apart: its rooms are moved over when read. */
    NATIVE,
    /** No PEP that can keep a node private: XEP-0048 in private XML storage (XEP-0049). */
    PRIVATE_STORAGE;

    static final String PUBLISH_OPTIONS = PubSub.NAMESPACE + "#publish-options";

    public static BookmarkFlavour of(DiscoInfo account) {
        if (account.hasFeature(Conference.COMPAT)) {
            return NATIVE_UNIFIED;
        }
        boolean pep = account.identities().stream().anyMatch(i -> "pubsub".equals(i.category()) && "pep".equals(i.type()));
        // §6: without publish-options nothing stops the node from being readable by contacts.
        return pep && account.hasFeature(PUBLISH_OPTIONS) ? NATIVE : PRIVATE_STORAGE;
    }

    public boolean isNative() {
        return this != PRIVATE_STORAGE;
    }
}
