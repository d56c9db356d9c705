package im.parley.client.history;

import im.parley.archive.CapsRows;
import im.parley.xmpp.ext.caps.Caps;
import im.parley.xmpp.ext.caps.CapsCache;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlStreamException;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The profile's capability sets (XEP-0115), shared by all its accounts: loaded into one cache at
 * open, each entry's hash checked again on the way in (a damaged or edited row is dropped), and
 * every set newly verified stored for the next run.
 */
final class KeptCaps {
    private static final Logger LOG = Logger.getLogger(KeptCaps.class.getName());

    private KeptCaps() {
    }

    static CapsCache load(CapsRows rows) {
        CapsCache cache = new CapsCache();
        int dropped = 0;
        for (CapsRows.Entry e : rows.all()) {
            try {
                byte[] xml = e.infoXml().getBytes(StandardCharsets.UTF_8);
                DiscoInfo info = DiscoInfo.fromXml(XmlStreamParser.parseDocument(xml,
                        new Limits(Math.max(1, xml.length), Limits.defaults().maxDepth())));
                if (!cache.offer(new Caps(e.hash(), "", e.ver()), info)) {
                    dropped++;
                }
            } catch (XmlStreamException | RuntimeException ex) {
                dropped++;
            }
        }
        if (dropped > 0) {
            int n = dropped;
            LOG.warning(() -> n + " stored capability sets no longer match their hash: dropped, asked for again");
        }
        cache.addStoredListener((key, info) -> {
            try {
                rows.put(new CapsRows.Entry(key.hash(), key.ver(), info.toXml().toString()));
            } catch (RuntimeException ex) {
                LOG.warning("could not keep a capability set: " + ex.getMessage());
            }
        });
        return cache;
    }
}
