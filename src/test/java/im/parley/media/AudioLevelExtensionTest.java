package im.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IceSettings;
import im.parley.media.jitsi.PeerAudioLevel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
            relay.between(caller, callee);
            relay.watchA(packet -> {
                int level = PeerAudioLevel.levelOf(packet, 0, packet.length, AGREED_ID);
                if (level >= 0) {
                    levels.add(level);
                }
            });
            caller.headerExtensions(Map.of(AGREED_ID, AUDIO_LEVEL));
            callee.headerExtensions(Map.of(AGREED_ID, AUDIO_LEVEL));

            LossyRelay.connect(caller, callee, MediaLeg.OPUS_PAYLOAD_TYPE);
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

}
