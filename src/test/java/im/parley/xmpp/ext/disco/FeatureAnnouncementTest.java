package im.parley.xmpp.ext.disco;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.Specifications;
import im.parley.xmpp.ext.caps.CapsCache;
import im.parley.xmpp.ext.caps.CapsManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.session.XmppClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What we announce is what runs: features come and go with the services, and caps follow. */
class FeatureAnnouncementTest {
    private static final String JINGLE = "urn:xmpp:jingle:1";
    private final XmppClient client = new XmppClient(ClientConfig.builder(Jid.of("hamlet@denmark.lit/elsinore"))
            .password("x".toCharArray()).build());
    private final ServiceDiscovery disco = new ServiceDiscovery(client,
            List.of(new DiscoInfo.Identity("client", "pc", "Parley", null)), Specifications.discoFeatures());
    private final CapsManager caps = new CapsManager(client, disco, new CapsCache());

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void aSessionWithoutTheCallServiceAnnouncesNoJingle() {
        assertThat(disco.ownInfo().features()).doesNotContain(JINGLE).contains("urn:xmpp:receipts");
        assertThat(Specifications.callFeatures()).contains(JINGLE, "urn:xmpp:jingle-message:0",
                "urn:xmpp:jingle:apps:dtls:0");
        assertThat(Specifications.discoFeatures()).doesNotContainAnyElementsOf(Specifications.callFeatures());
    }

    @Test
    void announcedFeaturesLastUntilTheirHandleIsClosedAndCapsFollow() {
        AtomicInteger capsChanges = new AtomicInteger();
        caps.addOwnChangeListener(capsChanges::incrementAndGet);
        String before = caps.ownCaps().ver();

        Registration calls = disco.announce(Specifications.callFeatures());
        assertThat(disco.ownInfo().features()).contains(JINGLE);
        assertThat(caps.ownCaps().ver()).isNotEqualTo(before);
        assertThat(capsChanges).hasValue(1);

        calls.close();
        calls.close();
        assertThat(disco.ownInfo().features()).doesNotContain(JINGLE);
        assertThat(caps.ownCaps().ver()).isEqualTo(before);
        assertThat(capsChanges).hasValue(2);
    }

    @Test
    void aFeatureTwoServicesAnnounceStaysUntilBothAreGone() {
        Registration first = disco.notifyInterest("urn:xmpp:avatar:metadata");
        Registration second = disco.notifyInterest("urn:xmpp:avatar:metadata");
        AtomicInteger changes = new AtomicInteger();
        disco.addChangeListener(changes::incrementAndGet);
        first.close();
        assertThat(disco.ownInfo().features()).contains("urn:xmpp:avatar:metadata+notify");
        assertThat(changes).hasValue(0);
        second.close();
        assertThat(disco.ownInfo().features()).doesNotContain("urn:xmpp:avatar:metadata+notify");
        assertThat(changes).hasValue(1);
    }

    @Test
    void announcingABaseFeatureAgainChangesNothing() {
        AtomicInteger changes = new AtomicInteger();
        disco.addChangeListener(changes::incrementAndGet);
        disco.announce(List.of("urn:xmpp:receipts")).close();
        assertThat(changes).hasValue(0);
        assertThat(disco.ownInfo().features()).contains("urn:xmpp:receipts");
    }
}
