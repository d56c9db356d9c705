package im.parley.xmpp.ext.jingle;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * One Jingle session with one peer's full JID. Each action returns the peer's acknowledgement;
 * an action the state machine does not allow now (accepting twice, answering a content-add that
 * was never made, anything after the end) fails with {@link IllegalStateException} and sends
 * nothing. Sending session-terminate ends the session at once (§6.7), before the peer answers.
 */
public final class JingleSession {

    /** XEP-0166 §5.1. */
    public enum State { PENDING, ACTIVE, ENDED }

    private final JingleEngine engine;
    private final String sid;
    private final Jid peer;
    private final Jid initiator;
    private final Jid responder;
    private final boolean weInitiated;
    /** Guarded by the engine's lock. */
    final Negotiation negotiation;

    JingleSession(JingleEngine engine, String sid, Jid peer, Jid initiator, Jid responder, boolean weInitiated,
                  List<Content> offered) {
        this.engine = engine;
        this.sid = sid;
        this.peer = peer;
        this.initiator = initiator;
        this.responder = responder;
        this.weInitiated = weInitiated;
        this.negotiation = new Negotiation(weInitiated, offered);
    }

    public String sid() {
        return sid;
    }

    /** The other party's full JID: every action goes to it, and only its actions are taken. */
    public Jid peer() {
        return peer;
    }

    public Jid initiator() {
        return initiator;
    }

    public Jid responder() {
        return responder;
    }

    /** Whether we sent the session-initiate. */
    public boolean isInitiator() {
        return weInitiated;
    }

    public State state() {
        return engine.state(this);
    }

    /** The contents offered or accepted so far, without those of a content-add still unanswered. */
    public List<Content> contents() {
        return engine.contents(this);
    }

    /** Accepts the session (responder only, while PENDING) with the contents we agree to. */
    public CompletableFuture<Iq> accept(List<Content> contents) {
        return accept(contents, List.of());
    }

    /** As above, with session-level payloads such as an XEP-0338 group. */
    public CompletableFuture<Iq> accept(List<Content> contents, List<XmlElement> payloads) {
        return send(new Jingle(JingleAction.SESSION_ACCEPT, sid, null, responder, contents, null, payloads));
    }

    /** Ends the session: declines it while PENDING (§6.7), hangs up once ACTIVE. */
    public CompletableFuture<Iq> terminate(Reason reason) {
        Objects.requireNonNull(reason, "reason");
        return send(new Jingle(JingleAction.SESSION_TERMINATE, sid, null, null, List.of(), reason, List.of()));
    }

    /** Session-level information such as ringing (§6.8). */
    public CompletableFuture<Iq> info(XmlElement payload) {
        Objects.requireNonNull(payload, "payload");
        return send(new Jingle(JingleAction.SESSION_INFO, sid, null, null, List.of(), null, List.of(payload)));
    }

    /** An empty session-info: the peer answers while it still knows the session (§6.8). */
    public CompletableFuture<Iq> ping() {
        return send(Jingle.of(JingleAction.SESSION_INFO, sid, List.of()));
    }

    public CompletableFuture<Iq> transportInfo(Content content) {
        return send(Jingle.of(JingleAction.TRANSPORT_INFO, sid, List.of(content)));
    }

    /** Offers more contents; they join {@link #contents} when the peer accepts them. */
    public CompletableFuture<Iq> contentAdd(List<Content> contents) {
        return send(Jingle.of(JingleAction.CONTENT_ADD, sid, contents));
    }

    /** Accepts contents the peer added. */
    public CompletableFuture<Iq> contentAccept(List<Content> contents) {
        return send(Jingle.of(JingleAction.CONTENT_ACCEPT, sid, contents));
    }

    /** Rejects contents the peer added. */
    public CompletableFuture<Iq> contentReject(List<Content> contents) {
        return send(Jingle.of(JingleAction.CONTENT_REJECT, sid, contents));
    }

    public CompletableFuture<Iq> contentRemove(List<Content> contents) {
        return send(Jingle.of(JingleAction.CONTENT_REMOVE, sid, contents));
    }

    /** Changes who sends media on one content; the peer does not answer with content-accept. */
    public CompletableFuture<Iq> contentModify(Content content) {
        return send(Jingle.of(JingleAction.CONTENT_MODIFY, sid, List.of(content)));
    }

    /** Proposes another transport for a content, typically as a fallback. */
    public CompletableFuture<Iq> transportReplace(Content content) {
        return send(Jingle.of(JingleAction.TRANSPORT_REPLACE, sid, List.of(content)));
    }

    public CompletableFuture<Iq> transportAccept(Content content) {
        return send(Jingle.of(JingleAction.TRANSPORT_ACCEPT, sid, List.of(content)));
    }

    public CompletableFuture<Iq> transportReject(Content content) {
        return send(Jingle.of(JingleAction.TRANSPORT_REJECT, sid, List.of(content)));
    }

    private CompletableFuture<Iq> send(Jingle action) {
        return engine.send(this, action);
    }

    @Override
    public String toString() {
        return "Jingle session " + sid + " with " + peer;
    }
}
