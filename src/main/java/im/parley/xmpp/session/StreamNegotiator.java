package im.parley.xmpp.session;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.ext.sm.StreamManagement;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.jid.JidFormatException;
import im.parley.xmpp.sasl.SaslCredentials;
import im.parley.xmpp.stanza.StreamError;
import im.parley.xmpp.stanza.StreamErrorCondition;
import im.parley.xmpp.transport.ConnectException;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.transport.StreamEvent;
import im.parley.xmpp.transport.BoshTransport;
import im.parley.xmpp.transport.SrvResolver;
import im.parley.xmpp.transport.TcpTransport;
import im.parley.xmpp.transport.XmppTransport;
import im.parley.xmpp.transport.TlsException;
import im.parley.xmpp.xml.StreamHeader;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Takes a fresh TCP stream to an authenticated, bound session (RFC 6120 §4-§7): stream header,
 * STARTTLS (required: there is no plaintext mode), SASL, then either Stream Management
 * resumption or resource binding, legacy session and SM enable. Runs on the connecting thread.
 */
final class StreamNegotiator {
    /** What negotiation produced. {@code resumed} means an earlier SM session continues. */
    record Outcome(XmppTransport transport, Jid boundJid, String streamId, XmlElement features,
                   boolean resumed, long resumedH, XmlElement smEnabled, XmlElement smFailed,
                   String mechanism, boolean compressed, List<XmlElement> early) {
    }

    private final ClientConfig config;
    private String lastStreamId;
    private boolean compressed;

    StreamNegotiator(ClientConfig config) {
        this.config = config;
    }

    /** Connects and authenticates; {@code resume} is the previous SM state to resume, or null. */
    Outcome negotiate(ServerAddress address, StreamManagement resume) throws ConnectException, TlsException,
            AuthenticationException, StreamErrorException, ProtocolException {
        XmppTransport t = connect(address);
        try {
            return negotiate(t, resume);
        } catch (IOException e) {
            t.close();
            throw new ConnectException("connection to " + address + " failed during negotiation: " + e.getMessage(), e);
        } catch (XmlStreamException e) {
            sendStreamError(t, StreamError.of(e.condition(), e.getMessage()));
            throw new StreamErrorException(StreamError.of(e.condition(), e.getMessage()), true);
        } catch (TlsException | ConnectException | AuthenticationException | StreamErrorException
                 | ProtocolException | RuntimeException e) {
            t.close();
            throw e;
        }
    }

    /** Opens a TLS-secured stream and returns its features, without authenticating (for XEP-0077). */
    XmppTransport secureStream(ServerAddress address, XmlElement[] featuresOut) throws ConnectException, TlsException,
            StreamErrorException, ProtocolException {
        XmppTransport t = connect(address);
        try {
            featuresOut[0] = secure(t);
            return t;
        } catch (IOException e) {
            t.close();
            throw new ConnectException("connection to " + address + " failed: " + e.getMessage(), e);
        } catch (XmlStreamException e) {
            sendStreamError(t, StreamError.of(e.condition(), e.getMessage()));
            throw new StreamErrorException(StreamError.of(e.condition(), e.getMessage()), true);
        } catch (TlsException | ConnectException | StreamErrorException | ProtocolException | RuntimeException e) {
            t.close();
            throw e;
        }
    }

    private XmppTransport connect(ServerAddress address) throws ConnectException, TlsException {
        if (config.bosh() != null) {
            return BoshTransport.connect(config.bosh(), config.domain(), config.tls(), config.connectTimeout(),
                    config.limits());
        }
        return TcpTransport.connect(address, config.domain(), config.tls(), config.connectTimeout(), config.limits());
    }

    /**
     * Where to connect, in order: the manual server, else SRV records. With BOSH there is one
     * place, the connection manager's URL, described here by its host and port.
     */
    List<ServerAddress> addresses() {
        if (config.bosh() != null) {
            java.net.URI url = config.bosh();
            return List.of(new ServerAddress(url.getHost(), url.getPort() < 0 ? 443 : url.getPort(), true));
        }
        if (config.server() != null) {
            return List.of(config.server());
        }
        return SrvResolver.resolve(config.domain());
    }

    private XmlElement secure(XmppTransport t) throws IOException, XmlStreamException, TlsException,
            ConnectException, StreamErrorException, ProtocolException {
        XmlElement features = open(t);
        if (!t.isSecure()) {
            if (!t.canStartTls() || features.child("starttls", Namespaces.TLS).isEmpty()) {
                throw new TlsException("the server does not offer TLS; Parley never logs in without it");
            }
            t.writeNow(XmlElement.empty("starttls", Namespaces.TLS));
            XmlElement answer = nextElement(t, config.replyTimeout());
            if (!answer.is("proceed", Namespaces.TLS)) {
                throw new TlsException("the server refused STARTTLS: <" + answer.name() + "/>");
            }
            t.startTls(config.tls());
            features = open(t);
        }
        return features;
    }

    /** XEP-0138: compresses when asked for and the server offers zlib; a refusal is not fatal. */
    private XmlElement compress(XmppTransport t, XmlElement features) throws IOException, XmlStreamException,
            StreamErrorException, ProtocolException {
        boolean offered = features.child("compression", Namespaces.COMPRESS_FEATURE)
                .map(c -> c.children("method", Namespaces.COMPRESS_FEATURE).stream()
                        .anyMatch(m -> m.text().trim().equals("zlib")))
                .orElse(false);
        if (!config.compression() || !offered || !t.canCompress()) {
            return features;
        }
        t.writeNow(XmlElement.builder("compress", Namespaces.COMPRESS)
                .child(XmlElement.ofText("method", Namespaces.COMPRESS, "zlib")).build());
        XmlElement answer = nextElement(t, config.replyTimeout());
        if (!answer.is("compressed", Namespaces.COMPRESS)) {
            return features;
        }
        t.startCompression();
        compressed = true;
        return open(t);
    }

    private Outcome negotiate(XmppTransport t, StreamManagement resume) throws IOException, XmlStreamException,
            TlsException, ConnectException, AuthenticationException, StreamErrorException, ProtocolException {
        XmlElement features = secure(t);
        char[] password = config.password();
        SaslCredentials credentials = password == null ? null
                : new SaslCredentials(config.jid().local(), password, null);
        String mechanism = SaslAuthenticator.authenticate(t, features, credentials,
                config.tls().clientCertificate() != null, config.mechanisms(), config.replyTimeout());
        if (password != null) {
            java.util.Arrays.fill(password, '\0');
        }
        features = compress(t, open(t));
        String streamId = lastStreamId;
        boolean smOffered = features.child("sm", StreamManagement.NAMESPACE).isPresent();
        XmlElement smFailed = null;
        if (resume != null && resume.canResume() && smOffered) {
            t.writeNow(resume.resumeRequest());
            XmlElement answer = nextElement(t, config.replyTimeout());
            if (answer.is("resumed", StreamManagement.NAMESPACE)) {
                return new Outcome(t, null, streamId, features, true, StreamManagement.h(answer), null, null,
                        mechanism, compressed, List.of());
            }
            if (!answer.is("failed", StreamManagement.NAMESPACE)) {
                throw new ProtocolException("unexpected <" + answer.name() + "/> in answer to <resume/>");
            }
            smFailed = answer;
        }
        List<XmlElement> early = new ArrayList<>();
        Jid bound = bind(t, features, early);
        XmlElement session = features.child("session", Namespaces.SESSION).orElse(null);
        if (session != null && session.child("optional", Namespaces.SESSION).isEmpty()) {
            iqOrFail(t, XmlElement.empty("session", Namespaces.SESSION), early);
        }
        XmlElement enabled = null;
        if (config.streamManagement() && smOffered) {
            t.writeNow(new StreamManagement().enableRequest());
            while (enabled == null) {
                XmlElement e = nextElement(t, config.replyTimeout());
                if (e.is("enabled", StreamManagement.NAMESPACE)) {
                    enabled = e;
                } else if (e.is("failed", StreamManagement.NAMESPACE)) {
                    break;
                } else {
                    early.add(e);
                }
            }
        }
        return new Outcome(t, bound, streamId, features, false, -1, enabled, smFailed, mechanism, compressed, early);
    }

    private Jid bind(XmppTransport t, XmlElement features, List<XmlElement> early) throws IOException,
            XmlStreamException, StreamErrorException, ProtocolException {
        if (features.child("bind", Namespaces.BIND).isEmpty()) {
            throw new ProtocolException("the server offers no resource binding");
        }
        String resource = config.jid().resource();
        XmlElement result;
        try {
            result = iq(t, bindRequest(resource), early);
        } catch (IqRefused e) {
            if (resource == null) {
                throw new ProtocolException("resource binding refused: " + e.getMessage());
            }
            // RFC 6120 §7.6.2: on a conflict or a refused resource name, let the server choose one.
            result = iqOrFail(t, bindRequest(null), early);
        }
        String jid = result.child("bind", Namespaces.BIND).flatMap(b -> b.childText("jid", Namespaces.BIND))
                .orElseThrow(() -> new ProtocolException("bind result carries no JID"));
        try {
            Jid bound = Jid.of(jid.trim());
            if (!bound.bare().equals(config.jid().bare()) || !bound.isFull()) {
                throw new ProtocolException("the server bound an unexpected JID: " + bound);
            }
            return bound;
        } catch (JidFormatException e) {
            throw new ProtocolException("the server bound an invalid JID: " + e.getMessage());
        }
    }

    private static XmlElement bindRequest(String resource) {
        XmlElement.Builder b = XmlElement.builder("bind", Namespaces.BIND);
        if (resource != null) {
            b.child(XmlElement.ofText("resource", Namespaces.BIND, resource));
        }
        return b.build();
    }

    /** An IQ answered with an error during negotiation. */
    private static final class IqRefused extends Exception {
        private static final long serialVersionUID = 1L;

        IqRefused(String message) {
            super(message);
        }
    }

    private XmlElement iqOrFail(XmppTransport t, XmlElement payload, List<XmlElement> early) throws IOException,
            XmlStreamException, StreamErrorException, ProtocolException {
        try {
            return iq(t, payload, early);
        } catch (IqRefused e) {
            throw new ProtocolException(payload.name() + " refused: " + e.getMessage());
        }
    }

    private XmlElement iq(XmppTransport t, XmlElement payload, List<XmlElement> early) throws IOException,
            XmlStreamException, StreamErrorException, IqRefused {
        String id = UUID.randomUUID().toString();
        XmlElement iq = XmlElement.builder("iq", Namespaces.CLIENT).attribute("type", "set").attribute("id", id)
                .child(payload).build();
        t.writeNow(iq);
        while (true) {
            XmlElement e = nextElement(t, config.replyTimeout());
            if (e.is("iq", Namespaces.CLIENT) && id.equals(e.attributeOrNull("id"))) {
                if ("result".equals(e.attributeOrNull("type"))) {
                    return e;
                }
                String error = e.child("error", Namespaces.CLIENT)
                        .map(im.parley.xmpp.stanza.StanzaError::fromXml).map(Object::toString).orElse("error");
                throw new IqRefused(error);
            }
            early.add(e);
        }
    }

    /** Sends our stream header and reads the server's header and features. */
    private XmlElement open(XmppTransport t) throws IOException, XmlStreamException, StreamErrorException,
            ProtocolException {
        // RFC 6120 §4.7.1: name ourselves only once the stream is encrypted.
        t.openStream(t.isSecure() ? config.jid().bare().toString() : null, config.lang());
        StreamEvent first = t.next(config.replyTimeout());
        if (!(first instanceof StreamEvent.Opened opened)) {
            throw new ProtocolException("the server did not open a stream");
        }
        StreamHeader header = opened.header();
        if (!Namespaces.CLIENT.equals(header.defaultNamespace())) {
            throw invalid(t, StreamErrorCondition.INVALID_NAMESPACE, "default namespace " + header.defaultNamespace());
        }
        String version = header.attributes().get("version");
        if (version == null || !version.startsWith("1.")) {
            throw invalid(t, StreamErrorCondition.UNSUPPORTED_VERSION, "stream version " + version);
        }
        lastStreamId = header.attributes().get("id");
        XmlElement features = nextElement(t, config.replyTimeout());
        if (!features.is("features", Namespaces.STREAM)) {
            throw new ProtocolException("expected stream features, got <" + features.name() + "/>");
        }
        return features;
    }

    private static StreamErrorException invalid(XmppTransport t, StreamErrorCondition c, String text) {
        StreamError error = StreamError.of(c, text);
        sendStreamError(t, error);
        return new StreamErrorException(error, true);
    }

    static void sendStreamError(XmppTransport t, StreamError error) {
        t.endStream(error.toXml(), Duration.ofMillis(200));
    }

    /** The next top-level element; a stream error or a closed stream ends negotiation. */
    static XmlElement nextElement(XmppTransport t, Duration timeout) throws IOException, XmlStreamException,
            StreamErrorException {
        StreamEvent e = t.next(timeout);
        if (e instanceof StreamEvent.Element el) {
            if (el.element().is("error", Namespaces.STREAM)) {
                t.close();
                throw new StreamErrorException(StreamError.fromXml(el.element()), false);
            }
            return el.element();
        }
        throw new IOException("the server closed the stream during negotiation");
    }

    /** Tries each address in turn; follows one see-other-host redirect. */
    static Outcome negotiateAny(ClientConfig config, StreamManagement resume) throws XmppException {
        StreamNegotiator negotiator = new StreamNegotiator(config);
        List<ServerAddress> addresses = negotiator.addresses();
        ConnectException lastConnect = null;
        for (ServerAddress address : addresses) {
            try {
                return negotiator.negotiate(address, resume);
            } catch (ConnectException e) {
                lastConnect = e;
            } catch (StreamErrorException e) {
                StreamError error = e.error();
                if (error.condition() != StreamErrorCondition.SEE_OTHER_HOST || error.otherHost() == null) {
                    throw e;
                }
                return negotiator.negotiate(otherHost(error.otherHost(), address), resume);
            }
        }
        throw lastConnect != null ? lastConnect : new ConnectException("no address to connect to");
    }

    private static ServerAddress otherHost(String hostPort, ServerAddress previous) {
        String host = hostPort;
        int port = previous.port();
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && hostPort.indexOf(']') < colon) {
            host = hostPort.substring(0, colon);
            port = Integer.parseInt(hostPort.substring(colon + 1));
        }
        return new ServerAddress(host.replace("[", "").replace("]", ""), port, previous.directTls());
    }

}
