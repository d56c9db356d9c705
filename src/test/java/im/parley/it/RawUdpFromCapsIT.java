package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.client.call.Call;
import im.parley.client.call.CallCapabilities;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.media.audio.AudioFormat48k;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IceSettings;
import im.parley.xmpp.ext.caps.Caps;
import im.parley.xmpp.ext.caps.CapsHash;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.im.PresenceManager;
import im.parley.xmpp.im.PresenceTable;
import im.parley.xmpp.jid.Jid;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A contact whose device advertises Jingle Raw UDP but no ICE-UDP (XEP-0177 §2: a client that
 * cannot do ICE) is called over Raw UDP without anyone choosing it: the caller reads the
 * proceeding device's verified caps (XEP-0115) before it sends the session-initiate.
 */
class RawUdpFromCapsIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void aDeviceWithoutIceIsOfferedRawUdpAndTheCallCarriesTonesBothWays() throws Exception {
        Jid aliceAccount = TestSession.register(prosody, "caps-raw-caller");
        ReceivedAudio heardByAlice = new ReceivedAudio(null);
        ReceivedAudio heardByBob = new ReceivedAudio(null);
        CompletableFuture<Call> bobRang = new CompletableFuture<>();
        CallSettings settings = CallSettings.defaults(IceSettings.loopback())
                .withRingTimeout(Duration.ofSeconds(20)).withConnectTimeout(Duration.ofSeconds(5));
        try (AccountSession alice = new AccountSession(prosody.config(aliceAccount, TestSession.PASSWORD).build());
             TestSession bob = TestSession.fresh(prosody, "caps-raw-callee")) {
            alice.connect();
            // Presence to a bare JID reaches only its available resources (RFC 6121 §8.5.2.1.1).
            alice.presence().sendAvailable(null, null, 0).get(10, TimeUnit.SECONDS);
            advertiseRawUdpOnly(bob, aliceAccount);
            CallCapabilities aliceSees = alice.callCapabilities();
            await(() -> aliceSees.canCall(bob.jid()), "alice never learnt bob's caps");
            assertThat(aliceSees.takesOnlyRawUdp(bob.client().jid())).isTrue();

            CallService aliceCalls = new CallService(alice.client(), settings, call -> { }, aliceSees);
            CallService bobCalls = new CallService(bob.client(), settings, bobRang::complete);
            try {
                aliceCalls.warmUp();
                Call outgoing = aliceCalls.call(bob.jid(), new ToneSource(440, 0.5), heardByAlice);
                Call incoming = bobRang.get(10, TimeUnit.SECONDS);
                incoming.accept(new ToneSource(660, 0.5), heardByBob);
                outgoing.connected().get(15, TimeUnit.SECONDS);

                assertThat(outgoing.transport()).isEqualTo("raw-udp");
                assertThat(incoming.transport()).isEqualTo("raw-udp");
                long wanted = 2L * AudioFormat48k.SAMPLE_RATE;
                await(() -> heardByAlice.samples() >= wanted && heardByBob.samples() >= wanted, "too little audio");
                assertThat(heardByBob.toneShare(440)).isGreaterThan(0.8);
                assertThat(heardByAlice.toneShare(660)).isGreaterThan(0.8);
                outgoing.hangUp();
                incoming.ended().get(10, TimeUnit.SECONDS);
            } finally {
                aliceCalls.close();
                bobCalls.close();
            }
        }
    }

    /** Bob answers disco#info with Jingle RTP audio over Raw UDP only, and tells alice so in caps. */
    private static void advertiseRawUdpOnly(TestSession bob, Jid alice) throws Exception {
        List<String> features = new ArrayList<>(CallCapabilities.AUDIO_FEATURES);
        features.add(CallCapabilities.RAW_UDP);
        features.add("http://jabber.org/protocol/caps");
        List<DiscoInfo.Identity> identities = List.of(new DiscoInfo.Identity("client", "phone", "raw-udp-only", null));
        ServiceDiscovery disco = new ServiceDiscovery(bob.client(), identities, features);
        Caps caps = new Caps(CapsHash.SHA_1, "https://parley.example/raw-udp-only", CapsHash.ver(disco.ownInfo(), CapsHash.SHA_1));
        disco.answerNodeAsOwn(caps.discoNode());
        PresenceManager presence = new PresenceManager(bob.client(), new PresenceTable(),
                p -> p.toBuilder().payload(caps.toXml()).build());
        presence.sendDirected(alice, null, null).get(10, TimeUnit.SECONDS);
    }

}
