package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.call.IceServers;
import im.parley.xmpp.stanza.Presence;
import im.parley.client.call.CallSettings;
import im.parley.client.call.CallService;
import im.parley.client.call.Call;
import im.parley.media.MediaLeg;
import im.parley.media.CallCounters;
import im.parley.media.MediaRuntime;
import im.parley.media.audio.AudioFormat48k;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IceCandidate;
import im.parley.media.ice.IcePath;
import im.parley.media.ice.IceSettings;
import im.parley.media.ice.IceSettings.IceServer;
import im.parley.xmpp.ext.extdisco.ExternalServiceDiscovery;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls relayed by ejabberd's TURN server (servers.sh lifts its default ban on loopback clients):
 * each side takes its own short-lived TURN credentials from XEP-0215, and a relay-only side
 * neither signals nor checks from its host candidate, so its media can only go through the relay.
 */
class TurnRelayIT {
    private final TestServer ejabberd = TestServer.ejabberd();
    private ReceivedAudio heardByAlice;
    private ReceivedAudio heardByBob;

    @BeforeAll
    static void startMedia() {
        MediaRuntime.start().warmUp();
    }

    @BeforeEach
    void freshEars() {
        heardByAlice = new ReceivedAudio(null);
        heardByBob = new ReceivedAudio(null);
    }

    /** What {@code user}'s own server announces, as the ICE servers a call of theirs would use. */
    private List<IceServer> iceServersOf(String user) throws Exception {
        try (XmppClient client = new XmppClient(ejabberd.config(user).build())) {
            client.connect();
            var result = client.query(ExternalServiceDiscovery.servicesRequest(Jid.domain(ejabberd.domain()), null))
                    .get(20, TimeUnit.SECONDS);
            return IceServers.fromExternalServices(ExternalServiceDiscovery.services(result), Instant.now());
        }
    }

    private static IceServer turnOf(List<IceServer> servers) {
        return servers.stream().filter(s -> s.kind() == IceServer.Kind.TURN).findFirst()
                .orElseThrow(() -> new AssertionError("no TURN server with credentials in " + servers));
    }

    @Test
    void relayOnlyOnBothSidesPairsRelayWithRelay() throws Exception {
        List<IceServer> aliceServers = iceServersOf("alice");
        List<IceServer> bobServers = iceServersOf("bob");
        assertThat(aliceServers).extracting(IceServer::kind).contains(IceServer.Kind.STUN, IceServer.Kind.TURN);
        assertThat(turnOf(aliceServers).host()).isEqualTo("127.0.0.1");
        assertThat(turnOf(aliceServers).username()).as("credentials are per user")
                .isNotEqualTo(turnOf(bobServers).username());

        try (MediaLeg alice = MediaLeg.audio(
                    IceSettings.loopback().withServers(aliceServers).relayOnly(), new ToneSource(440, 0.5), heardByAlice);
             MediaLeg bob = MediaLeg.audio(
                    IceSettings.loopback().withServers(bobServers).relayOnly(), new ToneSource(660, 0.5), heardByBob)) {
            assertThat(alice.localCandidates()).as("alice signals").isNotEmpty()
                    .allSatisfy(c -> assertThat(c.type()).isEqualTo(IceCandidate.Type.RELAYED));
            assertThat(bob.localCandidates()).as("bob signals").isNotEmpty()
                    .allSatisfy(c -> assertThat(c.type()).isEqualTo(IceCandidate.Type.RELAYED));

            IcePath[] paths = call(alice, bob);

            assertThat(paths[0].localType()).as("alice's side").isEqualTo(IceCandidate.Type.RELAYED);
            assertThat(paths[0].remoteType()).isEqualTo(IceCandidate.Type.RELAYED);
            assertThat(paths[1].localType()).as("bob's side").isEqualTo(IceCandidate.Type.RELAYED);
            assertThat(paths[1].remoteType()).isEqualTo(IceCandidate.Type.RELAYED);
            assertThat(paths[0].remote().getPort()).as("alice sends to bob's relayed address")
                    .isEqualTo(bob.localCandidates().get(0).port());
            assertTonesCrossed(alice, bob);
        }
    }

    @Test
    void relayOnlyCallerReachesAPeerOfferingHostCandidatesThroughItsRelay() throws Exception {
        try (MediaLeg alice = MediaLeg.audio(
                    IceSettings.loopback().withServers(iceServersOf("alice")).relayOnly(), new ToneSource(440, 0.5), heardByAlice);
             MediaLeg bob = MediaLeg.audio(IceSettings.loopback(), new ToneSource(660, 0.5), heardByBob)) {
            IcePath[] paths = call(alice, bob);

            // Both loopback host candidates could reach each other directly: only alice's
            // relay-only setting keeps her host candidate out of the pairs.
            assertThat(paths[0].localType()).as("alice's side").isEqualTo(IceCandidate.Type.RELAYED);
            assertThat(paths[0].remoteType()).isEqualTo(IceCandidate.Type.HOST);
            assertThat(paths[1].localType()).as("bob's side").isEqualTo(IceCandidate.Type.HOST);
            assertThat(paths[1].remoteType()).isEqualTo(IceCandidate.Type.RELAYED);
            assertThat(paths[1].relayed()).isTrue();
            assertTonesCrossed(alice, bob);
        }
    }

    /** Signals both ways, runs ICE and DTLS; alice controls ICE and is the DTLS client. */
    private static IcePath[] call(MediaLeg alice, MediaLeg bob) throws Exception {
        alice.remoteIce(bob.iceUfrag(), bob.icePassword(), bob.localCandidates());
        bob.remoteIce(alice.iceUfrag(), alice.icePassword(), alice.localCandidates());
        CompletableFuture<IcePath> aliceUp = alice.connect(true, true, bob.fingerprintHash(), bob.fingerprint());
        CompletableFuture<IcePath> bobUp = bob.connect(false, false, alice.fingerprintHash(), alice.fingerprint());
        return new IcePath[] {aliceUp.get(20, TimeUnit.SECONDS), bobUp.get(20, TimeUnit.SECONDS)};
    }

    /**
     * Tones both ways, and not one packet lost through the relay. (Before DTLS was started ahead
     * of RTP, the first packets of a relayed call were sometimes lost: a dropped ClientHello
     * delayed the handshake while RTP already flowed.)
     */
    private void assertTonesCrossed(MediaLeg alice, MediaLeg bob) throws InterruptedException {
        awaitHeard(2L * AudioFormat48k.SAMPLE_RATE);

        assertThat(heardByBob.toneShare(440)).as("bob hears alice's tone").isGreaterThan(0.8);
        assertThat(heardByAlice.toneShare(660)).as("alice hears bob's tone").isGreaterThan(0.8);
        CallCounters aliceCounters = alice.counters();
        CallCounters bobCounters = bob.counters();
        assertThat(aliceCounters.packetsReceived()).isGreaterThan(50);
        assertThat(bobCounters.packetsReceived()).isGreaterThan(50);
        assertThat(aliceCounters.packetsLost()).as("lost on the way to alice").isZero();
        assertThat(bobCounters.packetsLost()).as("lost on the way to bob").isZero();
    }

    private void awaitHeard(long samples) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while ((heardByAlice.samples() < samples || heardByBob.samples() < samples) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aCallBetweenTwoAccountsFindsTheRelayByItself() throws Exception {
        // Relay only and no TURN configured: the call can only connect through what the call
        // service asks ejabberd for (XEP-0215).
        CallSettings relayOnly = CallSettings.defaults(IceSettings.loopback().relayOnly());
        CompletableFuture<Call> bobRang = new CompletableFuture<>();
        try (XmppClient alice = new XmppClient(ejabberd.config("alice").build());
                XmppClient bob = new XmppClient(ejabberd.config("bob").build())) {
            alice.connect();
            bob.connect();
            bob.send(Presence.builder().build());
            try (CallService aliceCalls = new CallService(alice, relayOnly, call -> { });
                    CallService bobCalls = new CallService(bob, relayOnly, bobRang::complete)) {
                Call outgoing = aliceCalls.call(bob.jid().bare(), new ToneSource(440, 0.5), heardByAlice);
                bobRang.get(20, TimeUnit.SECONDS).accept(new ToneSource(660, 0.5), heardByBob);
                outgoing.connected().get(30, TimeUnit.SECONDS);
                awaitHeard(2L * AudioFormat48k.SAMPLE_RATE);

                assertThat(outgoing.statistics().localCandidate()).isEqualTo("relay");
                assertThat(heardByBob.toneShare(440)).isGreaterThan(0.8);
                assertThat(heardByAlice.toneShare(660)).isGreaterThan(0.8);
                outgoing.hangUp();
                outgoing.ended().get(10, TimeUnit.SECONDS);
            }
        }
    }
}
