package im.parley.client.call;

import im.parley.media.MediaLeg;
import im.parley.media.ice.IceSettings;
import im.parley.media.ice.IceSettings.IceServer;
import im.parley.xmpp.jid.Jid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds a call's media legs over the transport it should use: ICE-UDP with the configured and
 * discovered STUN/TURN servers, or Raw UDP (XEP-0177) when the settings or the device's caps ask.
 */
final class CallLegs {
    private final CallSettings settings;
    /** The peers' verified caps, or null when the caller of the service did not give them. */
    private final CallCapabilities capabilities;
    /** What the account's server announces, or null when the settings switch discovery off. */
    private final DiscoveredIceServers discovered;

    CallLegs(CallSettings settings, CallCapabilities capabilities, DiscoveredIceServers discovered) {
        this.settings = settings;
        this.capabilities = capabilities;
        this.discovered = discovered;
    }

    /** Raw UDP when the settings ask for it, or when the device (a full JID) takes only Raw UDP. */
    boolean rawUdpFor(Jid device) {
        return settings.rawUdp() || (capabilities != null && device.resource() != null && capabilities.takesOnlyRawUdp(device));
    }

    /**
     * The call's legs over ICE-UDP, or over Raw UDP for peers without ICE. The video leg gathers
     * beside the voice leg, so a slow STUN or TURN server holds the call once, not once per leg.
     */
    void build(Call call, boolean rawUdp) throws IOException {
        IceSettings ice = rawUdp ? settings.ice() : iceSettings();
        CompletableFuture<MediaLeg> video = call.camera == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> {
                    try {
                        return video(call, rawUdp, ice);
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                });
        try {
            call.media = rawUdp ? MediaLeg.audioOverRawUdp(ice, call.microphone, call.speaker)
                    : MediaLeg.audio(ice, call.microphone, call.speaker);
        } finally {
            // Kept on the call even when the voice leg failed, so that ending the call closes it.
            call.video = joined(video);
        }
    }

    private static MediaLeg joined(CompletableFuture<MediaLeg> leg) throws IOException {
        try {
            return leg.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** A video leg for the call's camera and screen, over the transport given. */
    MediaLeg video(Call call, boolean rawUdp) throws IOException {
        return video(call, rawUdp, rawUdp ? settings.ice() : iceSettings());
    }

    private static MediaLeg video(Call call, boolean rawUdp, IceSettings ice) throws IOException {
        return rawUdp ? MediaLeg.videoOverRawUdp(ice, call.camera, call.screen) : MediaLeg.video(ice, call.camera, call.screen);
    }

    /** The configured ICE servers plus, unless switched off, those the account's server announces. */
    private IceSettings iceSettings() {
        IceSettings ice = settings.ice();
        if (discovered == null) {
            return ice;
        }
        List<IceServer> servers = new ArrayList<>(ice.servers());
        servers.addAll(discovered.current());
        return ice.withServers(servers);
    }
}
