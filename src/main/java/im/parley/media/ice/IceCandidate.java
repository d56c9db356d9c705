package im.parley.media.ice;

import java.util.Objects;

/**
 * One ICE candidate as signalling carries it (RFC 8445 §5.1, XEP-0176 §5.3), free of ice4j types
 * so that the client layer can map it to and from Jingle without knowing the ICE library.
 */
public record IceCandidate(String foundation, int component, String protocol, long priority, String ip, int port,
        Type type, String relatedAddress, int relatedPort, int generation) {

    /** Candidate types; {@link #wire()} is the name used by SDP and XEP-0176. */
    public enum Type {
        HOST("host"), SERVER_REFLEXIVE("srflx"), PEER_REFLEXIVE("prflx"), RELAYED("relay");

        private final String wire;

        Type(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Type fromWire(String wire) {
            for (Type t : values()) {
                if (t.wire.equals(wire)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown candidate type " + wire);
        }
    }

    public IceCandidate {
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(type, "type");
        if (component < 1 || component > 256) {
            throw new IllegalArgumentException("component " + component);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
    }
}
