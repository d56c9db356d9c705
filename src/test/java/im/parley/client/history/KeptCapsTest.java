package im.parley.client.history;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.archive.ArchiveBenchSupport;
import im.parley.archive.Archive;
import im.parley.archive.CapsRows;
import im.parley.xmpp.ext.caps.Caps;
import im.parley.xmpp.ext.caps.CapsCache;
import im.parley.xmpp.ext.caps.CapsHash;
import im.parley.xmpp.ext.disco.DiscoInfo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptCapsTest {
    @TempDir
    Path dir;

    private static DiscoInfo info(String feature) {
        return new DiscoInfo(null, List.of(new DiscoInfo.Identity("client", "pc", "Exodus", null)),
                List.of("http://jabber.org/protocol/disco#info", feature), List.of());
    }

    @Test
    void aVerifiedSetIsKeptForTheNextRunAndADamagedOneIsDropped() throws Exception {
        DiscoInfo info = info("urn:xmpp:ping");
        Caps caps = new Caps(CapsHash.SHA_1, "https://example.org", CapsHash.ver(info, CapsHash.SHA_1));
        try (Archive archive = ArchiveBenchSupport.open(dir)) {
            CapsCache cache = KeptCaps.load(new CapsRows(archive));
            assertThat(cache.offer(caps, info)).isTrue();
            // A row whose contents do not hash to its ver: edited, or written by a bug.
            new CapsRows(archive).put(new CapsRows.Entry("sha-1", "forged-ver=", info("urn:xmpp:jingle:1").toXml().toString()));
        }
        try (Archive archive = ArchiveBenchSupport.open(dir)) {
            CapsCache cache = KeptCaps.load(new CapsRows(archive));
            assertThat(cache.get(caps)).contains(info);
            assertThat(cache.size()).as("the forged row is not believed").isEqualTo(1);
        }
    }
}
