package im.parley.xmpp.ext.bob;

import im.parley.xmpp.codec.CodecRegistry;
import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Bits of Binary for one session: fetches data by name (§3.2) through the cache, offers the cache
 * the data that arrives inline in messages (CAPTCHA forms, §3.1), and answers requests for the
 * data we hold ourselves. Data received from others is never served: answering for it would tell
 * anyone who asks what we have seen.
 */
public final class BobManager {
    private static final Logger LOG = Logger.getLogger(BobManager.class.getName());
    private final XmppClient client;
    private final BobCache cache;
    private final BobCodec codec = new BobCodec();
    private final Map<ContentId, BobData> held = new ConcurrentHashMap<>();

    public BobManager(XmppClient client, BobCache cache) {
        this.client = client;
        this.cache = cache;
        // A malformed request is answered by the router with the codec's error, before answer() runs.
        client.codecs().register(codec);
        client.addIqHandler(new IqHandlerKey(BobData.ELEMENT, BobData.NAMESPACE, Iq.Type.GET), this::answer);
        client.addMessageListener(this::offerInline);
    }

    /**
     * The data named {@code cid}: from the cache, or asked of {@code holder}. Fails with a
     * {@link PayloadFormatException} when the answer is not that data, or is larger than the
     * cache's item bound; data we cannot check against its name is handed over but not cached.
     */
    public CompletableFuture<BobData> fetch(Jid holder, ContentId cid) {
        Optional<BobData> cached = cache.get(cid);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        return client.query(Iq.get(holder, codec.encode(BobData.request(cid)))).thenApply(r -> received(r, cid));
    }

    /** The data named {@code cid} if it is cached, without asking anyone. */
    public Optional<BobData> cached(ContentId cid) {
        return cache.get(cid);
    }

    /**
     * Serves {@code bytes} to whoever asks for them from now on, and returns them named, to be
     * sent inline or referred to by their cid.
     */
    public BobData hold(byte[] bytes, String type, Duration maxAge) {
        if (bytes.length == 0 || bytes.length > cache.maxItemBytes()) {
            throw new IllegalArgumentException("bits of binary take 1 to " + cache.maxItemBytes() + " bytes, not "
                    + bytes.length + "; larger data is for file transfer");
        }
        BobData data = new BobData(ContentId.of(bytes), type, maxAge, bytes);
        held.put(data.cid(), data);
        return data;
    }

    private BobData received(Iq result, ContentId cid) {
        Decoded<BobData> decoded = result.payload(BobData.ELEMENT, BobData.NAMESPACE)
                .map(codec::decode).orElseGet(() -> Decoded.malformed("the answer holds no <data/>"));
        if (decoded instanceof Decoded.Malformed<BobData> m) {
            throw refused(m.reason());
        }
        BobData data = decoded.valueIfAny().orElseThrow();
        if (!data.cid().equals(cid)) {
            throw refused("asked for " + cid + " but got " + data.cid());
        }
        if (data.size() == 0) {
            throw refused("the answer for " + cid + " holds no data");
        }
        if (data.size() > cache.maxItemBytes()) {
            throw refused(data.size() + " bytes for " + cid + " is more than the " + cache.maxItemBytes()
                    + " bits of binary may take");
        }
        cache.offer(data);
        return data;
    }

    private static CompletionException refused(String reason) {
        return new CompletionException(new PayloadFormatException(reason));
    }

    private void offerInline(Message m) {
        for (XmlElement payload : m.payloads()) {
            Decoded<BobData> decoded = codec.decode(payload);
            if (decoded instanceof Decoded.Malformed<BobData> bad) {
                LOG.fine(() -> "ignored inline data from " + m.from() + ": " + bad.reason());
            }
            decoded.valueIfAny().ifPresent(cache::offer);
        }
    }

    private Iq answer(Iq request) throws IqErrorException {
        Decoded<BobData> asked = CodecRegistry.first(request, codec);
        BobData data = asked.valueIfAny().map(d -> held.get(d.cid())).orElse(null);
        if (data == null) {
            throw new IqErrorException(StanzaError.of(StanzaErrorCondition.ITEM_NOT_FOUND));
        }
        return request.result(codec.encode(data));
    }
}
