package im.parley.xmpp.ext.extdisco;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.extdisco.ExternalService.ServiceType;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The requests of External Service Discovery and the reading of their results: the services the
 * server knows (§3.1, §3.2) and credentials for one of them (§3.3). Sending them is the caller's.
 */
public final class ExternalServiceDiscovery {
    public static final String NAMESPACE = "urn:xmpp:extdisco:2";
    private static final Logger LOG = Logger.getLogger(ExternalServiceDiscovery.class.getName());
    private static final String SERVICES = "services";
    private static final String CREDENTIALS = "credentials";

    private ExternalServiceDiscovery() {
    }

    /** Asks {@code to} (usually our server's domain) for its services, all or only of {@code type}. */
    public static Iq servicesRequest(Jid to, ServiceType type) {
        return Iq.get(to, XmlElement.builder(SERVICES, NAMESPACE)
                .attribute("type", type == null ? null : type.wire()).build());
    }

    /** Asks {@code to} for credentials at {@code service}, of which host, type and port count. */
    public static Iq credentialsRequest(Jid to, ExternalService service) {
        ExternalService identity = ExternalService.identity(service.host(), service.type(), service.port());
        return Iq.get(to, XmlElement.builder(CREDENTIALS, NAMESPACE).child(identity.toXml()).build());
    }

    /** The services of a result to {@link #servicesRequest}. */
    public static List<ExternalService> services(Iq result) throws PayloadFormatException {
        return read(result, SERVICES);
    }

    /** The services with credentials of a result to {@link #credentialsRequest}. */
    public static List<ExternalService> credentials(Iq result) throws PayloadFormatException {
        return read(result, CREDENTIALS);
    }

    /**
     * A service we cannot read (another type such as "ftp", a missing host) is left out rather
     * than failing the list: the others are still usable.
     */
    private static List<ExternalService> read(Iq result, String element) throws PayloadFormatException {
        if (result.type() != Iq.Type.RESULT) {
            throw new PayloadFormatException("not an iq result: " + result.type().value());
        }
        XmlElement payload = result.payload(element, NAMESPACE)
                .orElseThrow(() -> new PayloadFormatException("result without <" + element + "/>"));
        List<ExternalService> out = new ArrayList<>();
        for (XmlElement s : payload.children(ExternalService.ELEMENT, NAMESPACE)) {
            try {
                out.add(ExternalService.fromXml(s));
            } catch (PayloadFormatException ex) {
                LOG.fine(() -> "external service skipped: " + ex.getMessage());
            }
        }
        return List.copyOf(out);
    }
}
