package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.CoreResponders;
import im.parley.xmpp.ext.caps.Caps;
import im.parley.xmpp.ext.caps.CapsCache;
import im.parley.xmpp.ext.caps.CapsManager;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.ext.version.SoftwareVersion;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Presence;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** XEP-0115 between two Parley sessions over Prosody: caps are fetched, verified and cached. */
class CapsIT {
    private final TestServer prosody = TestServer.prosody();

    private static ServiceDiscovery responders(XmppClient c) {
        return CoreResponders.install(c, new SoftwareVersion("Parley", "caps-it", null), () -> Duration.ZERO);
    }

    /** §6.2-§6.3: the peer's caps are resolved with disco#info node#ver, checked and cached. */
    @Test
    void peersCapsAreFetchedAndVerified() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config("alice").build());
             XmppClient bob = new XmppClient(prosody.config("bob").build())) {
            alice.connect();
            bob.connect();
            ServiceDiscovery aliceDisco = responders(alice);
            CapsManager aliceCaps = new CapsManager(alice, aliceDisco, new CapsCache());
            CapsCache bobCache = new CapsCache();
            CapsManager bobCaps = new CapsManager(bob, responders(bob), bobCache);

            alice.send(aliceCaps.decorate(Presence.builder().to(bob.jid()).build()));

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (bobCaps.infoOf(alice.jid()).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            DiscoInfo seen = bobCaps.infoOf(alice.jid()).orElseThrow(() -> new AssertionError("caps never resolved"));
            assertThat(bobCaps.capsOf(alice.jid())).contains(aliceCaps.ownCaps());
            assertThat(seen.node()).isEqualTo(aliceCaps.ownCaps().discoNode());
            assertThat(seen.features()).isEqualTo(aliceDisco.ownInfo().features());
            assertThat(seen.identities()).isEqualTo(aliceDisco.ownInfo().identities());
            assertThat(bobCache.size()).isEqualTo(1);
        }
    }

    /** §5.4 / §8: a ver that does not match the info it names is never trusted, even from a live peer. */
    @Test
    void aForgedVerIsNotCached() throws Exception {
        try (XmppClient alice = new XmppClient(prosody.config("alice").build());
             XmppClient bob = new XmppClient(prosody.config("bob").build())) {
            alice.connect();
            bob.connect();
            ServiceDiscovery aliceDisco = responders(alice);
            new CapsManager(alice, aliceDisco, new CapsCache());
            CapsCache bobCache = new CapsCache();
            CapsManager bobCaps = new CapsManager(bob, responders(bob), bobCache);
            // Alice answers a made-up ver with her real info, as a poisoning client would.
            Caps forged = new Caps("sha-1", CapsManager.NODE, "QgayPKawpkPSDYmwT/WM94uAlu0=");
            aliceDisco.answerNodeAsOwn(forged.discoNode());

            Optional<DiscoInfo> result = bobCaps.resolve(alice.jid(), forged).get(20, TimeUnit.SECONDS);

            assertThat(result).isEmpty();
            assertThat(bobCache.contains(forged)).isFalse();
            assertThat(bobCache.size()).isZero();
        }
    }
}
