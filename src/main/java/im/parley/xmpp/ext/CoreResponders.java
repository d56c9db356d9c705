package im.parley.xmpp.ext;

import im.parley.xmpp.Specifications;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.ext.last.LastActivity;
import im.parley.xmpp.ext.ping.Ping;
import im.parley.xmpp.ext.time.EntityTime;
import im.parley.xmpp.ext.version.SoftwareVersion;
import im.parley.xmpp.session.XmppClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** Installs the answers every client owes: ping, disco#info, version, time and last activity. */
public final class CoreResponders {
    private CoreResponders() {
    }

    public static ServiceDiscovery install(XmppClient client, SoftwareVersion version, Supplier<Duration> idle) {
        client.addIqHandler(Ping.HANDLER_KEY, request -> request.result());
        SoftwareVersion.respond(client, version);
        EntityTime.respond(client, Clock.systemDefaultZone());
        LastActivity.respond(client, idle);
        return new ServiceDiscovery(client,
                List.of(new DiscoInfo.Identity("client", "pc", version.name(), null)),
                Specifications.discoFeatures());
    }
}
