package im.parley.xmpp.ext.jingle.iceudp;

import im.parley.xmpp.ext.PayloadFormatException;

/** An ICE candidate type (RFC 8445), shared by the Raw UDP transport's optional hint. */
public enum CandidateType {
    HOST("host"), PRFLX("prflx"), RELAY("relay"), SRFLX("srflx");

    private final String wire;

    CandidateType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static CandidateType fromWire(String value) throws PayloadFormatException {
        for (CandidateType t : values()) {
            if (t.wire.equals(value)) {
                return t;
            }
        }
        throw new PayloadFormatException("unknown candidate type '" + value + "'");
    }
}
