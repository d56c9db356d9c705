package im.parley.client.call;

import im.parley.media.ice.IceSettings.IceServer;
import im.parley.xmpp.ext.extdisco.ExternalService;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The STUN and TURN servers a call can use, from what our server announced through External
 * Service Discovery (XEP-0215). Kept here because neither layer may know the other's types.
 */
public final class IceServers {
    /** RFC 8489 §9 and RFC 8656 §4: the default port of STUN and TURN over UDP. */
    static final int DEFAULT_PORT = 3478;

    private IceServers() {
    }

    /**
     * The services ICE can use as they are: STUN or TURN over UDP (our ICE has no TLS or TCP
     * client), and TURN only with credentials that have not run out at {@code now}. A restricted
     * service announced without credentials needs a §3.3 credentials request first.
     */
    public static List<IceServer> fromExternalServices(List<ExternalService> services, Instant now) {
        Set<IceServer> out = new LinkedHashSet<>();
        for (ExternalService s : services) {
            if (s.transport() == ExternalService.Transport.TCP) {
                continue;
            }
            int port = s.port() == null ? DEFAULT_PORT : s.port();
            if (port == 0) {
                continue;
            }
            if (s.type() == ExternalService.ServiceType.STUN) {
                out.add(new IceServer(IceServer.Kind.STUN, s.host(), port, null, null));
            } else if (s.type() == ExternalService.ServiceType.TURN && s.username() != null && s.password() != null
                    && (s.expires() == null || s.expires().isAfter(now))) {
                out.add(new IceServer(IceServer.Kind.TURN, s.host(), port, s.username(), s.password()));
            }
        }
        return List.copyOf(out);
    }
}
