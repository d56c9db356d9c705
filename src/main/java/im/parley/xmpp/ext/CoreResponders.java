package im.parley.xmpp.ext;

import im.parley.xmpp.Specifications;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.ext.last.LastActivity;
import im.parley.xmpp.ext.ping.Ping;
import im.parley.xmpp.ext.time.EntityTime;
import im.parley.xmpp.ext.version.SoftwareVersion;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Installs the answers every client owes: ping, disco#info, version, time and last activity. */
public final class CoreResponders {
    private CoreResponders() {
    }

    public static ServiceDiscovery install(XmppClient client, SoftwareVersion version, Supplier<Duration> idle) {
        return install(client, version, idle, asker -> true);
    }

    /** As above, the idle time told only to those {@code mayAskIdle} accepts. */
    public static ServiceDiscovery install(XmppClient client, SoftwareVersion version, Supplier<Duration> idle,
                                           Predicate<Jid> mayAskIdle) {
        client.addIqHandler(Ping.HANDLER_KEY, request -> request.result());
        SoftwareVersion.respond(client, version);
        EntityTime.respond(client, Clock.systemDefaultZone());
        LastActivity.respond(client, idle, mayAskIdle);
        return new ServiceDiscovery(client,
                List.of(new DiscoInfo.Identity("client", "pc", version.name(), null)),
                Specifications.discoFeatures());
    }
}
