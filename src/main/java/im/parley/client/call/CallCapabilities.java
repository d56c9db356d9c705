package im.parley.client.call;

import im.parley.xmpp.ext.caps.CapsManager;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.im.PresenceTable;
import im.parley.xmpp.im.ResourcePresence;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether a contact can take our calls, from the capabilities its devices advertise (XEP-0115).
 * Only verified capabilities count: what a device claims in a caps hash that did not check out is
 * never believed. A device whose capabilities are not known (yet) counts as unable.
 */
public final class CallCapabilities {
    /** What our audio calls need of the other side: Jingle RTP audio with DTLS-SRTP, over one of {@link #TRANSPORTS}. */
    public static final List<String> AUDIO_FEATURES = List.of("urn:xmpp:jingle:1", "urn:xmpp:jingle:apps:rtp:1",
            "urn:xmpp:jingle:apps:rtp:audio", "urn:xmpp:jingle:apps:dtls:0");
    public static final String ICE_UDP = "urn:xmpp:jingle:transports:ice-udp:1";
    public static final String RAW_UDP = "urn:xmpp:jingle:transports:raw-udp:1";
    /** The transports our calls run over, ICE-UDP preferred. */
    public static final List<String> TRANSPORTS = List.of(ICE_UDP, RAW_UDP);
    /** What a video call needs on top of {@link #AUDIO_FEATURES}. */
    public static final String VIDEO_FEATURE = "urn:xmpp:jingle:apps:rtp:video";

    private final PresenceTable presence;
    private final Function<Jid, Optional<DiscoInfo>> verifiedInfo;

    /** Over an account's live presence and caps, e.g. an AccountSession's {@code presence().table()} and {@code caps()}. */
    public CallCapabilities(PresenceTable presence, CapsManager caps) {
        this(presence, caps::infoOf);
    }

    /** Over any source of checked capabilities: {@code verifiedInfo} gives a full JID's, empty when unknown. */
    CallCapabilities(PresenceTable presence, Function<Jid, Optional<DiscoInfo>> verifiedInfo) {
        this.presence = presence;
        this.verifiedInfo = verifiedInfo;
    }

    /** True if this device (full JID), or any online device of this contact (bare JID), takes audio calls. */
    public boolean canCall(Jid jid) {
        return !devices(jid, false).isEmpty();
    }

    /** True if this device, or any online device of this contact, takes video calls. */
    public boolean canVideoCall(Jid jid) {
        return !devices(jid, true).isEmpty();
    }

    /**
     * The devices of {@code jid} that take the call, most available first: a full JID gives
     * itself or nothing; a bare JID gives those of the contact's online resources that do.
     */
    public List<Jid> devices(Jid jid, boolean video) {
        List<Jid> candidates = jid.resource() != null ? List.of(jid)
                : presence.resources(jid).stream().map(ResourcePresence::jid).toList();
        return candidates.stream().filter(device -> verifiedInfo.apply(device)
                .filter(info -> supports(info, video)).isPresent()).toList();
    }

    /** True if this device's verified caps show Raw UDP but not ICE-UDP: a call to it must offer Raw UDP. */
    public boolean takesOnlyRawUdp(Jid device) {
        return verifiedInfo.apply(device).filter(info -> info.hasFeature(RAW_UDP) && !info.hasFeature(ICE_UDP)).isPresent();
    }

    static boolean supports(DiscoInfo info, boolean video) {
        return info.features().containsAll(AUDIO_FEATURES) && TRANSPORTS.stream().anyMatch(info::hasFeature)
                && (!video || info.hasFeature(VIDEO_FEATURE));
    }
}
