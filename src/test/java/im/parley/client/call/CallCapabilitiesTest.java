package im.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.caps.Caps;
import im.parley.xmpp.ext.caps.CapsCache;
import im.parley.xmpp.ext.caps.CapsHash;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.im.PresenceTable;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Presence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who can take a call, from verified caps in a cache filled by hand and the presence of each device. */
class CallCapabilitiesTest {
    private static final Jid JULIET = Jid.of("juliet@capulet.example");
    private static final Jid BALCONY = Jid.of("juliet@capulet.example/balcony");
    private static final Jid CHAMBER = Jid.of("juliet@capulet.example/chamber");

    private final PresenceTable presence = new PresenceTable();
    private final CapsCache cache = new CapsCache();
    /** The caps each device advertised, as CapsManager keeps them. */
    private final Map<Jid, Caps> advertised = new HashMap<>();
    private CallCapabilities capabilities;

    @BeforeEach
    void capabilities() {
        capabilities = new CallCapabilities(presence, jid -> Optional.ofNullable(advertised.get(jid)).flatMap(cache::get));
    }

    private static DiscoInfo info(List<String> features) {
        return new DiscoInfo(null, List.of(new DiscoInfo.Identity("client", "pc", null, null)), features, List.of());
    }

    private static List<String> audio() {
        List<String> features = new ArrayList<>(CallCapabilities.AUDIO_FEATURES);
        features.add(CallCapabilities.ICE_UDP);
        return features;
    }

    private static List<String> video() {
        List<String> features = audio();
        features.add(CallCapabilities.VIDEO_FEATURE);
        return features;
    }

    /** {@code device} comes online advertising {@code features} in caps whose hash checks out. */
    private void online(Jid device, List<String> features, int priority) throws Exception {
        DiscoInfo info = info(features);
        Caps caps = new Caps(CapsHash.SHA_1, "https://example.org", CapsHash.ver(info, CapsHash.SHA_1));
        assertThat(cache.offer(caps, info)).isTrue();
        advertised.put(device, caps);
        presence.update(Presence.builder().from(device).priority(priority).build());
    }

    @Test
    void aDeviceWithJingleRtpAudioCanBeCalledButNotByVideo() throws Exception {
        online(BALCONY, audio(), 0);

        assertThat(capabilities.canCall(BALCONY)).isTrue();
        assertThat(capabilities.canVideoCall(BALCONY)).isFalse();
    }

    @Test
    void aDeviceWithVideoTooTakesBoth() throws Exception {
        online(BALCONY, video(), 0);

        assertThat(capabilities.canCall(BALCONY)).isTrue();
        assertThat(capabilities.canVideoCall(BALCONY)).isTrue();
    }

    @Test
    void everyAudioFeatureIsNeeded() throws Exception {
        for (String missing : CallCapabilities.AUDIO_FEATURES) {
            List<String> features = video();
            features.remove(missing);
            online(BALCONY, features, 0);

            assertThat(capabilities.canCall(BALCONY)).as("without " + missing).isFalse();
            assertThat(capabilities.canVideoCall(BALCONY)).as("without " + missing).isFalse();
        }
    }

    @Test
    void aDeviceWithoutIceIsCalledOverRawUdpAndOneWithoutEitherTransportNotAtAll() throws Exception {
        List<String> rawUdpOnly = new ArrayList<>(CallCapabilities.AUDIO_FEATURES);
        rawUdpOnly.add(CallCapabilities.RAW_UDP);
        online(BALCONY, rawUdpOnly, 0);
        online(CHAMBER, new ArrayList<>(CallCapabilities.AUDIO_FEATURES), 0);

        assertThat(capabilities.canCall(BALCONY)).isTrue();
        assertThat(capabilities.takesOnlyRawUdp(BALCONY)).isTrue();
        assertThat(capabilities.canCall(CHAMBER)).as("no transport at all").isFalse();
        assertThat(capabilities.takesOnlyRawUdp(CHAMBER)).isFalse();
    }

    @Test
    void aDeviceWithBothTransportsIsCalledOverIce() throws Exception {
        List<String> both = audio();
        both.add(CallCapabilities.RAW_UDP);
        online(BALCONY, both, 0);

        assertThat(capabilities.takesOnlyRawUdp(BALCONY)).isFalse();
        assertThat(capabilities.takesOnlyRawUdp(CHAMBER)).as("unknown caps: ICE, the default").isFalse();
    }

    @Test
    void aContactCanBeCalledWhenAnyOfItsDevicesCan() throws Exception {
        online(CHAMBER, List.of("urn:xmpp:receipts"), 5);
        online(BALCONY, audio(), 0);

        assertThat(capabilities.canCall(JULIET)).isTrue();
        assertThat(capabilities.canVideoCall(JULIET)).isFalse();
        assertThat(capabilities.devices(JULIET, false)).containsExactly(BALCONY);
        assertThat(capabilities.canCall(CHAMBER)).isFalse();
    }

    @Test
    void devicesComeMostAvailableFirst() throws Exception {
        online(BALCONY, video(), 0);
        online(CHAMBER, video(), 5);

        assertThat(capabilities.devices(JULIET, true)).containsExactly(CHAMBER, BALCONY);
    }

    @Test
    void aDeviceGoneOfflineNoLongerCounts() throws Exception {
        online(BALCONY, audio(), 0);
        presence.update(Presence.builder().from(BALCONY).type(Presence.Type.UNAVAILABLE).build());

        assertThat(capabilities.canCall(JULIET)).isFalse();
    }

    @Test
    void aContactNeverSeenOnlineCannotBeCalled() {
        assertThat(capabilities.canCall(JULIET)).isFalse();
        assertThat(capabilities.devices(JULIET, false)).isEmpty();
    }

    @Test
    void capsNotVerifiedAreNotBelieved() {
        // The device claims a ver whose disco#info was never fetched and checked: nothing is known.
        advertised.put(BALCONY, new Caps(CapsHash.SHA_1, "https://example.org", "QgayPKawpkPSDYmwT/WM94uAlu0="));
        presence.update(Presence.builder().from(BALCONY).build());
        assertThat(cache.offer(advertised.get(BALCONY), info(video()))).isFalse();

        assertThat(capabilities.canCall(BALCONY)).isFalse();
        assertThat(capabilities.canCall(JULIET)).isFalse();
    }
}
