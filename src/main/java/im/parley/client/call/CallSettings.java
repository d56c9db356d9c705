package im.parley.client.call;

import im.parley.media.MediaLeg;
import im.parley.media.ice.IceSettings;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Per-account call settings: where ICE candidates come from, how long a call may ring, and whether
 * we tell callers that we ring (XEP-0353 ringing reveals that this device is online: the user
 * decides, e.g. only for contacts).
 */
public record CallSettings(IceSettings ice, Duration ringTimeout, Duration connectTimeout, boolean announceRinging,
        boolean discoverIceServers, boolean rawUdp) {
    public CallSettings {
        Objects.requireNonNull(ice, "ice");
        Objects.requireNonNull(ringTimeout, "ringTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    public static CallSettings defaults(IceSettings ice) {
        return new CallSettings(ice, Duration.ofSeconds(60), MediaLeg.DEFAULT_ICE_TIMEOUT, true, true, false);
    }

    /** The defaults, ICE gathering on every network interface and offering host candidates. */
    public static CallSettings onAllInterfaces() {
        return defaults(new IceSettings(false, true, List.of()));
    }

    /** The defaults, ICE gathering on 127.0.0.1 only: tests and calls between clients of one machine. */
    public static CallSettings onLoopback() {
        return defaults(IceSettings.loopback());
    }

    public CallSettings withIce(IceSettings other) {
        return new CallSettings(other, ringTimeout, connectTimeout, announceRinging, discoverIceServers, rawUdp);
    }

    public CallSettings withRingTimeout(Duration timeout) {
        return new CallSettings(ice, timeout, connectTimeout, announceRinging, discoverIceServers, rawUdp);
    }

    /** How long ICE may look for a path once both sides have answered. */
    public CallSettings withConnectTimeout(Duration timeout) {
        return new CallSettings(ice, ringTimeout, timeout, announceRinging, discoverIceServers, rawUdp);
    }

    /** Only the ICE servers of {@link #ice()}: none asked from the account's server (XEP-0215). */
    public CallSettings withoutIceServerDiscovery() {
        return new CallSettings(ice, ringTimeout, connectTimeout, announceRinging, false, rawUdp);
    }

    /**
     * Offers Raw UDP (XEP-0177) instead of ICE-UDP: for peers without ICE, where the two devices
     * reach each other directly (same network). Offers of either transport are always answered.
     */
    public CallSettings withRawUdp() {
        return new CallSettings(ice, ringTimeout, connectTimeout, announceRinging, discoverIceServers, true);
    }
}
