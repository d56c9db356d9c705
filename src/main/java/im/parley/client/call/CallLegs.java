package im.parley.client.call;

import im.parley.media.MediaLeg;
import im.parley.media.ice.IceSettings;
import im.parley.media.ice.IceSettings.IceServer;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a call's media legs over the transport it should use: ICE-UDP with the configured and
 * discovered STUN/TURN servers, or Raw UDP (XEP-0177) when the settings or the device's caps ask.
 */
final class CallLegs {
    private final CallSettings settings;
    /** The peers' verified caps, or null when the caller of the service did not give them. */
    private final CallCapabilities capabilities;
    private final DiscoveredIceServers discovered;

    CallLegs(XmppClient client, CallSettings settings, CallCapabilities capabilities) {
        this.settings = settings;
        this.capabilities = capabilities;
        this.discovered = new DiscoveredIceServers(client);
    }

    /** Raw UDP when the settings ask for it, or when the device (a full JID) takes only Raw UDP. */
    boolean rawUdpFor(Jid device) {
        return settings.rawUdp() || (capabilities != null && device.resource() != null && capabilities.takesOnlyRawUdp(device));
    }

    /** The call's legs over ICE-UDP, or over Raw UDP for peers without ICE. */
    void build(Call call, boolean rawUdp) throws IOException {
        call.media = rawUdp ? MediaLeg.audioOverRawUdp(settings.ice(), call.microphone, call.speaker)
                : MediaLeg.audio(iceSettings(), call.microphone, call.speaker);
        call.video = call.camera == null ? null : video(call, rawUdp);
    }

    /** A video leg for the call's camera and screen, over the transport given. */
    MediaLeg video(Call call, boolean rawUdp) throws IOException {
        return rawUdp ? MediaLeg.videoOverRawUdp(settings.ice(), call.camera, call.screen)
                : MediaLeg.video(iceSettings(), call.camera, call.screen);
    }

    /** The configured ICE servers plus, unless switched off, those the account's server announces. */
    private IceSettings iceSettings() {
        IceSettings ice = settings.ice();
        if (!settings.discoverIceServers()) {
            return ice;
        }
        List<IceServer> servers = new ArrayList<>(ice.servers());
        servers.addAll(discovered.current());
        return ice.withServers(servers);
    }
}
