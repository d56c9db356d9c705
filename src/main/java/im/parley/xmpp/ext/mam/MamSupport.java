package im.parley.xmpp.ext.mam;

import im.parley.xmpp.ext.disco.DiscoInfo;

/**
 * What an archive advertises (§7).
 *
 * @param mam it answers {@code urn:xmpp:mam:2} queries
 * @param extended it takes before-id, after-id and ids, flipped pages and metadata
 */
public record MamSupport(boolean mam, boolean extended) {
    public static MamSupport of(DiscoInfo info) {
        boolean mam = info.hasFeature(Mam.NAMESPACE);
        return new MamSupport(mam, mam && info.hasFeature(Mam.EXTENDED));
    }
}
