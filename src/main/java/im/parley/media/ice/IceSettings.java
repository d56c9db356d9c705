package im.parley.media.ice;

import java.util.List;
import java.util.Objects;

/**
 * Where candidates come from. {@code loopbackOnly} gathers a host candidate on 127.0.0.1 (ice4j never
 * harvests loopback itself; tests and same-machine calls need it). {@code offerHostCandidates} false
 * makes the call go through our TURN relay: only relayed candidates are signalled, and in loopback
 * mode the host candidate pairs with nothing (on real interfaces ice4j's own host candidates still
 * pair with the peer's candidates). The peer's candidates of any type are used: our relay reaches them.
 */
public record IceSettings(boolean loopbackOnly, boolean offerHostCandidates, List<IceServer> servers) {
    public IceSettings {
        servers = List.copyOf(Objects.requireNonNull(servers, "servers"));
    }

    public static IceSettings loopback() {
        return new IceSettings(true, true, List.of());
    }

    public IceSettings withServers(List<IceServer> more) {
        return new IceSettings(loopbackOnly, offerHostCandidates, more);
    }

    public IceSettings relayOnly() {
        return new IceSettings(loopbackOnly, false, servers);
    }

    /** A STUN or TURN server (RFC 8489/8656) as manual settings or XEP-0215 give it; UDP only. */
    public record IceServer(Kind kind, String host, int port, String username, String password) {
        public enum Kind { STUN, TURN }

        public IceServer {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(host, "host");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port " + port);
            }
            if (kind == Kind.TURN && (username == null || password == null)) {
                throw new IllegalArgumentException("TURN needs a username and a password");
            }
        }
    }
}
