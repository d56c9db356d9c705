package im.parley.client.call;

import im.parley.media.ice.IceSettings.IceServer;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.extdisco.ExternalService;
import im.parley.xmpp.ext.extdisco.ExternalServiceDiscovery;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The STUN and TURN servers the account's own server announces (XEP-0215), asked once and kept
 * until the earliest credentials expire (at most ten minutes), so a call does not wait for them.
 * A server without the service (Prosody without mod_external_services answers an error) gives
 * none: calls then use host candidates and the manual settings.
 */
final class DiscoveredIceServers {
    private static final Logger LOG = Logger.getLogger(DiscoveredIceServers.class.getName());
    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);

    private final XmppClient client;
    private List<IceServer> servers = List.of();
    private Instant validUntil = Instant.MIN;

    DiscoveredIceServers(XmppClient client) {
        this.client = client;
    }

    /** The servers, asking the account's server when what was kept is too old; called on the call thread. */
    List<IceServer> current() {
        Instant now = Instant.now();
        if (now.isBefore(validUntil)) {
            return servers;
        }
        Jid server = Jid.domain(client.jid().domain());
        try {
            Iq result = client.query(ExternalServiceDiscovery.servicesRequest(server, null), ASK_TIMEOUT)
                    .get(ASK_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
            List<ExternalService> services = ExternalServiceDiscovery.services(result);
            servers = IceServers.fromExternalServices(services, now);
            validUntil = services.stream().map(ExternalService::expires).filter(e -> e != null)
                    .min(Instant::compareTo).filter(e -> e.isBefore(now.plus(KEEP))).orElse(now.plus(KEEP));
        } catch (ExecutionException | TimeoutException | PayloadFormatException e) {
            LOG.log(Level.FINE, "no STUN/TURN services from " + server, e);
            servers = List.of();
            validUntil = now.plus(KEEP);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return servers;
    }
}
