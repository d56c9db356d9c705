package im.parley.xmpp.transport;

import im.parley.xmpp.stanza.StreamError;
import im.parley.xmpp.stanza.StreamErrorCondition;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.StreamHeader;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import im.parley.xmpp.xml.XmlStreamParser;
import im.parley.xmpp.xml.XmlWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;

/**
 * XMPP over BOSH (XEP-0124, XEP-0206): the stream is carried in HTTP request and response bodies.
 * Only HTTPS is accepted, so that the rule "never without TLS" holds for this transport too.
 * At most one poll is held open; stanzas go out in a second request, and responses are
 * delivered strictly in request-id order.
 */
public final class BoshTransport implements XmppTransport {
    static final String HTTPBIND = "http://jabber.org/protocol/httpbind";
    static final String XBOSH = "urn:xmpp:xbosh";
    private static final int WAIT_SECONDS = 60;

    private final URI url;
    private final String domain;
    private final Limits limits;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final ArrayDeque<StreamEvent> pending = new ArrayDeque<>();
    private final ArrayDeque<XmlElement> outbound = new ArrayDeque<>();
    private final TreeMap<Long, Object> arrived = new TreeMap<>();
    private final Object lock = new Object();
    private long rid = 1 + new SecureRandom().nextLong(1L << 40);
    private long nextToDeliver;
    private String sid;
    private int maxRequests = 2;
    private int inflight;
    private volatile boolean closed;
    private volatile long lastReceivedNanos = System.nanoTime();
    private volatile X509Certificate serverCertificate;
    private Listener listener;
    private Thread pump;

    private BoshTransport(URI url, String domain, TlsSettings tls, Duration connectTimeout, Limits limits) {
        this.url = url;
        this.domain = domain;
        this.limits = limits;
        this.requestTimeout = Duration.ofSeconds(WAIT_SECONDS + 15);
        SSLContext ssl;
        try {
            ssl = SSLContext.getInstance("TLS");
            ssl.init(tls.clientCertificate() == null ? null : new javax.net.ssl.KeyManager[]{tls.clientCertificate()},
                    new TrustManager[]{new XmppTrustManager(domain, tls.extraAnchors(),
                    tls.pinnedFingerprints(), tls.decision())}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available", e);
        }
        this.http = HttpClient.newBuilder().sslContext(ssl).connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** A BOSH transport for {@code url}; refuses anything but https. */
    public static BoshTransport connect(URI url, String domain, TlsSettings tls, Duration connectTimeout,
                                        Limits limits) throws TlsException {
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            throw new TlsException("BOSH needs an https:// URL; Parley never logs in without TLS: " + url);
        }
        return new BoshTransport(url, domain, tls, connectTimeout, limits);
    }

    @Override
    public String domain() {
        return domain;
    }

    @Override
    public boolean isSecure() {
        return true;
    }

    @Override
    public Optional<byte[]> channelBinding(String type) {
        // The HTTP client hides its TLS connections: only the certificate-based binding is possible.
        return type.equals("tls-server-end-point") ? serverCertificate().flatMap(ChannelBindingData::tlsServerEndPoint)
                : Optional.empty();
    }

    @Override
    public Optional<X509Certificate> serverCertificate() {
        return Optional.ofNullable(serverCertificate);
    }

    @Override
    public boolean canStartTls() {
        return false;
    }

    @Override
    public void startTls(TlsSettings tls) throws TlsException {
        throw new TlsException("STARTTLS does not apply to BOSH: it runs over HTTPS");
    }

    @Override
    public boolean canCompress() {
        return false;
    }

    @Override
    public void startCompression() throws IOException {
        throw new IOException("stream compression does not apply to BOSH");
    }

    @Override
    public void openStream(String from, String lang) throws IOException {
        Map<String, String> attrs = new HashMap<>();
        attrs.put("to", domain);
        attrs.put("xml:lang", lang);
        if (sid == null) {
            attrs.put("content", "text/xml; charset=utf-8");
            attrs.put("hold", "1");
            attrs.put("wait", Integer.toString(WAIT_SECONDS));
            attrs.put("ver", "1.6");
            attrs.put("{" + XBOSH + "}version", "1.0");
            if (from != null) {
                attrs.put("from", from);
            }
        } else {
            attrs.put("{" + XBOSH + "}restart", "true");
        }
        XmlElement response = exchange(body(attrs, List.of()));
        if (sid == null) {
            sid = response.attributeOrNull("sid");
            if (sid == null) {
                throw new IOException("the BOSH connection manager gave no session id");
            }
            String requests = response.attributeOrNull("requests");
            if (requests != null) {
                maxRequests = Math.max(1, Math.min(2, Integer.parseInt(requests.trim())));
            }
        }
        Map<String, String> header = new HashMap<>();
        String version = response.attributeOrNull("{" + XBOSH + "}version");
        header.put("version", version == null ? "1.0" : version);
        String id = response.attributeOrNull("authid");
        header.put("id", id == null ? sid : id);
        header.put("from", domain);
        pending.add(new StreamEvent.Opened(new StreamHeader("stream", XmlWriter.STREAM_NAMESPACE, "jabber:client", header)));
        queueChildren(response);
    }

    @Override
    public void writeNow(XmlElement element) throws IOException {
        queueChildren(exchange(body(Map.of(), List.of(element))));
    }

    @Override
    public StreamEvent next(Duration timeout) throws IOException, XmlStreamException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new java.net.SocketTimeoutException("no answer from the server within " + timeout.toSeconds() + " s");
            }
            queueChildren(exchange(body(Map.of(), List.of())));
        }
        return pending.poll();
    }

    private void queueChildren(XmlElement response) {
        for (XmlElement child : response.elements()) {
            pending.add(new StreamEvent.Element(child));
        }
    }

    /** One synchronous request and its checked response body (negotiation only). */
    private XmlElement exchange(byte[] request) throws IOException {
        try {
            return check(send(request).get(requestTimeout.toSeconds(), TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new java.net.SocketTimeoutException("the BOSH request timed out");
        }
    }

    private CompletableFuture<HttpResponse<byte[]>> send(byte[] request) {
        HttpRequest req = HttpRequest.newBuilder(url).timeout(requestTimeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build();
        return http.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Parses a response: HTTP errors and terminate bodies become failures (XEP-0124 §17). */
    private XmlElement check(HttpResponse<byte[]> response) throws IOException {
        lastReceivedNanos = System.nanoTime();
        response.sslSession().ifPresent(this::rememberCertificate);
        if (response.statusCode() != 200) {
            throw new IOException("BOSH connection manager answered HTTP " + response.statusCode());
        }
        XmlElement body;
        try {
            body = XmlStreamParser.parseDocument(response.body(), limits);
        } catch (XmlStreamException e) {
            throw new IOException("bad BOSH response: " + e.getMessage(), e);
        }
        if (!body.is("body", HTTPBIND)) {
            throw new IOException("BOSH response is not a <body/>");
        }
        if ("terminate".equals(body.attributeOrNull("type"))) {
            String condition = body.attributeOrNull("condition");
            StreamError error = body.child("error", XmlWriter.STREAM_NAMESPACE).map(StreamError::fromXml)
                    .orElse(StreamError.of(StreamErrorCondition.UNDEFINED_CONDITION, "BOSH session terminated"
                            + (condition == null ? "" : ": " + condition)));
            throw new BoshTerminatedException(error);
        }
        return body;
    }

    private void rememberCertificate(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            if (chain.length > 0 && chain[0] instanceof X509Certificate x) {
                serverCertificate = x;
            }
        } catch (javax.net.ssl.SSLPeerUnverifiedException ignored) {
            // Not an authenticated session: nothing to bind to.
        }
    }

    private byte[] body(Map<String, String> extra, List<XmlElement> children) {
        XmlElement.Builder b = XmlElement.builder("body", HTTPBIND).attribute("rid", Long.toString(rid++));
        if (sid != null) {
            b.attribute("sid", sid);
        }
        extra.forEach(b::attribute);
        children.forEach(b::child);
        return XmlWriter.toXml(b.build(), "").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void start(Listener l) {
        synchronized (lock) {
            this.listener = l;
            nextToDeliver = rid;
        }
        StreamEvent e;
        while ((e = pending.poll()) != null) {
            l.onEvent(e);
        }
        pump = new Thread(this::pumpLoop, "parley-bosh-" + domain);
        pump.setDaemon(true);
        pump.start();
    }

    /** Keeps one request waiting at the server and sends queued elements in another. */
    private void pumpLoop() {
        try {
            while (true) {
                List<XmlElement> batch = new ArrayList<>();
                byte[] request;
                long requestRid;
                synchronized (lock) {
                    while (!closed && !(inflight == 0 || (!outbound.isEmpty() && inflight < maxRequests))) {
                        lock.wait();
                    }
                    if (closed) {
                        return;
                    }
                    XmlElement next;
                    while ((next = outbound.poll()) != null) {
                        batch.add(next);
                    }
                    requestRid = rid;
                    request = body(Map.of(), batch);
                    inflight++;
                }
                send(request).whenComplete((response, error) -> arrived(requestRid, response, error));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stores a response and delivers every response that is now next in rid order. */
    private void arrived(long requestRid, HttpResponse<byte[]> response, Throwable error) {
        List<Object> ready = new ArrayList<>();
        synchronized (lock) {
            inflight--;
            arrived.put(requestRid, error != null ? error : response);
            while (!arrived.isEmpty() && arrived.firstKey() == nextToDeliver) {
                ready.add(arrived.pollFirstEntry().getValue());
                nextToDeliver++;
            }
            lock.notifyAll();
        }
        synchronized (this) {
            for (Object r : ready) {
                if (closed) {
                    return;
                }
                try {
                    if (r instanceof Throwable t) {
                        throw t instanceof IOException io ? io : new IOException(t.getMessage(), t);
                    }
                    @SuppressWarnings("unchecked")
                    HttpResponse<byte[]> ok = (HttpResponse<byte[]>) r;
                    for (XmlElement child : check(ok).elements()) {
                        listener.onEvent(new StreamEvent.Element(child));
                    }
                } catch (IOException e) {
                    closed = true;
                    listener.onFailure(e);
                    return;
                }
            }
        }
    }

    @Override
    public void send(XmlElement element) {
        synchronized (lock) {
            outbound.add(element);
            lock.notifyAll();
        }
    }

    @Override
    public long lastReceivedNanos() {
        return lastReceivedNanos;
    }

    @Override
    public void endStream(XmlElement last, Duration wait) {
        List<XmlElement> batch = new ArrayList<>();
        byte[] request;
        synchronized (lock) {
            if (closed || sid == null) {
                close();
                return;
            }
            closed = true;
            batch.addAll(outbound);
            outbound.clear();
            if (last != null) {
                batch.add(last);
            }
            request = body(Map.of("type", "terminate"), batch);
            lock.notifyAll();
        }
        try {
            send(request).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ignored) {
            // The session ends either way; the server times it out if it missed the terminate.
        }
    }

    @Override
    public void abort() {
        close();
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    /** The connection manager ended the session (a terminate body). */
    static final class BoshTerminatedException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient StreamError error;

        BoshTerminatedException(StreamError error) {
            super("BOSH session terminated: " + error);
            this.error = error;
        }

        StreamError error() {
            return error;
        }
    }
}
