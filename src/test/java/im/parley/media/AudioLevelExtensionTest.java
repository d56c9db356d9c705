package im.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IceCandidate;
import im.parley.media.ice.IceSettings;
import im.parley.media.jitsi.PeerAudioLevel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audio level header extension (RFC 6464) once agreed (XEP-0294): every packet of the caller
 * carries its level under the agreed id, loud for the tone, silence (127) once muted, and the
 * callee still plays those silent packets. A relay in the middle reads the level: SRTP encrypts
 * the payload, not the header.
 */
class AudioLevelExtensionTest {
    private static final String AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    private static final int AGREED_ID = 3;
    private static final int SILENCE = PeerAudioLevel.SILENCE;

    @BeforeAll
    static void startMedia() {
        MediaRuntime.start().warmUp();
    }

    @Test
    void eachPacketCarriesItsLevelUnderTheAgreedId() throws Exception {
        List<Integer> levels = new CopyOnWriteArrayList<>();
        ReceivedAudio heardByCallee = new ReceivedAudio(null);
        IceSettings loopback = IceSettings.loopback();
        try (LossyRelay relay = new LossyRelay(-1, 0);
                MediaLeg caller = MediaLeg.audioOverRawUdp(loopback, new ToneSource(440, 0.5), new ReceivedAudio(null));
                MediaLeg callee = MediaLeg.audioOverRawUdp(loopback, new ToneSource(660, 0.5), heardByCallee)) {
            caller.remoteRawUdp("127.0.0.1", relay.portForA());
            callee.remoteRawUdp("127.0.0.1", relay.portForB());
            relay.endpoints(address(caller), address(callee));
            relay.watchA(packet -> {
                int level = PeerAudioLevel.levelOf(packet, 0, packet.length, AGREED_ID);
                if (level >= 0) {
                    levels.add(level);
                }
            });
            caller.headerExtensions(Map.of(AGREED_ID, AUDIO_LEVEL));
            callee.headerExtensions(Map.of(AGREED_ID, AUDIO_LEVEL));

            var callerUp = caller.connect(true, true, callee.fingerprintHash(), callee.fingerprint(),
                    MediaLeg.OPUS_PAYLOAD_TYPE, Duration.ofSeconds(5));
            var calleeUp = callee.connect(false, false, caller.fingerprintHash(), caller.fingerprint(),
                    MediaLeg.OPUS_PAYLOAD_TYPE, Duration.ofSeconds(5));
            callerUp.get(10, TimeUnit.SECONDS);
            calleeUp.get(10, TimeUnit.SECONDS);
            Thread.sleep(1500);
            List<Integer> speaking = List.copyOf(levels);
            int heardLoud = callee.peerAudioLevel();
            caller.mute(true);
            Thread.sleep(500);
            levels.clear();
            long heardBefore = heardByCallee.samples();
            Thread.sleep(1000);

            assertThat(speaking).as("levels of the tone").hasSizeGreaterThan(40);
            assertThat(speaking.subList(speaking.size() / 2, speaking.size())).allMatch(level -> level < 30);
            assertThat(levels).as("levels once muted").isNotEmpty().allMatch(level -> level == SILENCE);
            assertThat(heardByCallee.samples() - heardBefore).as("the muted caller's zeros still played, not skipped")
                    .isGreaterThan(30_000);
            assertThat(heardLoud).as("the callee reads the caller's level").isBetween(0, 29);
            assertThat(callee.peerAudioLevel()).isEqualTo(PeerAudioLevel.SILENCE);
        }
    }

    private static InetSocketAddress address(MediaLeg leg) {
        IceCandidate local = leg.localCandidates().get(0);
        return new InetSocketAddress(local.ip(), local.port());
    }
}
