package im.parley.xmpp.session;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.stanza.StanzaFormatException;
import im.parley.xmpp.transport.ConnectException;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.transport.XmppTransport;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A TLS-secured stream before authentication, for the few exchanges that happen there
 * (In-Band Registration, XEP-0077). Requests run synchronously on the caller's thread.
 */
public final class PreAuthStream implements AutoCloseable {
    private final XmppTransport transport;
    private final XmlElement features;
    private final Duration timeout;

    private PreAuthStream(XmppTransport transport, XmlElement features, Duration timeout) {
        this.transport = transport;
        this.features = features;
        this.timeout = timeout;
    }

    public static PreAuthStream open(ClientConfig config) throws XmppException {
        StreamNegotiator negotiator = new StreamNegotiator(config);
        List<ServerAddress> addresses = negotiator.addresses();
        ConnectException last = null;
        for (ServerAddress address : addresses) {
            try {
                XmlElement[] features = new XmlElement[1];
                XmppTransport t = negotiator.secureStream(address, features);
                return new PreAuthStream(t, features[0], config.replyTimeout());
            } catch (ConnectException e) {
                last = e;
            }
        }
        throw last != null ? last : new ConnectException("no address to connect to");
    }

    public XmlElement features() {
        return features;
    }

    /** Sends a request and waits for its response; an error response becomes {@link StanzaErrorException}. */
    public Iq query(Iq request) throws XmppException, StanzaErrorException {
        Iq withId = request.id() != null ? request : request.toBuilder().id(UUID.randomUUID().toString()).build();
        try {
            transport.writeNow(withId.toXml());
            while (true) {
                XmlElement e = StreamNegotiator.nextElement(transport, timeout);
                if (!e.is("iq", Stanza.CLIENT_NAMESPACE) || !withId.id().equals(e.attributeOrNull("id"))) {
                    continue;
                }
                Iq response = (Iq) Stanza.fromXml(e).orElseThrow();
                if (response.type() == Iq.Type.ERROR) {
                    throw new StanzaErrorException(response.error()
                            .orElse(StanzaError.of(StanzaErrorCondition.UNDEFINED_CONDITION)), response);
                }
                return response;
            }
        } catch (java.net.SocketTimeoutException e) {
            throw new ReplyTimeoutException("no response to " + withId.id() + " within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new ConnectException("connection lost: " + e.getMessage(), e);
        } catch (XmlStreamException e) {
            throw new ProtocolException("the server sent bad XML: " + e.getMessage());
        } catch (StanzaFormatException e) {
            throw new ProtocolException("the server sent a malformed response: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        transport.endStream(null, Duration.ofMillis(500));
    }
}
