package im.parley.xmpp.ext.extdisco;

import static im.parley.xmpp.ext.PayloadAttributes.optionalNumber;
import static im.parley.xmpp.ext.PayloadAttributes.required;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * One {@code <service/>} (§2): a STUN or TURN server the XMPP server knows of, possibly with
 * short-term credentials. The server could alter what it relays (Security Considerations), so
 * these are hints from our own server, not facts about the service.
 *
 * @param port the port, or null
 * @param transport udp or tcp, or null
 * @param username a short-term username, or null
 * @param password a short-term password, or null
 * @param expires when the credentials run out, or null
 * @param restricted credentials are needed and must be requested if not given (§3.3)
 * @param name a human-readable label, or null
 */
public record ExternalService(String host, ServiceType type, Integer port, Transport transport, String username,
        String password, Instant expires, boolean restricted, String name) {
    static final String ELEMENT = "service";

    /** The service types this client uses; the registry holds more (e.g. the "ftp" of example 2). */
    public enum ServiceType {
        STUN, STUNS, TURN, TURNS;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static ServiceType fromWire(String value) throws PayloadFormatException {
            for (ServiceType t : values()) {
                if (t.wire().equals(value)) {
                    return t;
                }
            }
            throw new PayloadFormatException("unknown external service type '" + value + "'");
        }
    }

    public enum Transport {
        UDP, TCP;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Transport fromWire(String value) throws PayloadFormatException {
            for (Transport t : values()) {
                if (t.wire().equals(value)) {
                    return t;
                }
            }
            throw new PayloadFormatException("unknown external service transport '" + value + "'");
        }
    }

    public ExternalService {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(type, "type");
        if (port != null && (port < 0 || port > 65535)) {
            throw new IllegalArgumentException("port " + port);
        }
    }

    /** The identity of a service whose credentials we ask for (§3.3): host, type, maybe port. */
    public static ExternalService identity(String host, ServiceType type, Integer port) {
        return new ExternalService(host, type, port, null, null, null, null, false, null);
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, ExternalServiceDiscovery.NAMESPACE)
                .attribute("host", host)
                .attribute("type", type.wire())
                .attribute("port", port == null ? null : port.toString())
                .attribute("transport", transport == null ? null : transport.wire())
                .attribute("username", username)
                .attribute("password", password)
                .attribute("expires", expires == null ? null : expires.toString())
                .attribute("restricted", restricted ? "true" : null)
                .attribute("name", name)
                .build();
    }

    public static ExternalService fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, ExternalServiceDiscovery.NAMESPACE)) {
            throw new PayloadFormatException("not an external service: " + e.name());
        }
        Long port = optionalNumber(e, "port", 0, 65535);
        String transport = e.attributeOrNull("transport");
        return new ExternalService(required(e, "host"), ServiceType.fromWire(required(e, "type")),
                port == null ? null : port.intValue(),
                transport == null ? null : Transport.fromWire(transport),
                e.attributeOrNull("username"), e.attributeOrNull("password"),
                expires(e.attributeOrNull("expires")),
                PayloadAttributes.bool(e, "restricted", false),
                e.attributeOrNull("name"));
    }

    /** XEP-0082 DateTime, which §2 says is UTC; a numeric offset is honoured all the same. */
    private static Instant expires(String value) throws PayloadFormatException {
        if (value == null) {
            return null;
        }
        try {
            String stamp = value.strip().toUpperCase(Locale.ROOT);
            return OffsetDateTime.parse(stamp, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException ex) {
            throw new PayloadFormatException("service expires is not a DateTime: " + value);
        }
    }
}
