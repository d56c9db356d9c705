package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;
import java.util.Optional;

/**
 * A PubSub service refused a request: the stanza error and, when it gave one, the
 * {@code pubsub#errors} condition with the unsupported feature it names (§19.4).
 */
public final class PubSubException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient StanzaError error;
    private final PubSubErrorCondition pubSubCondition;
    private final String feature;

    public PubSubException(StanzaError error) {
        super(describe(error));
        this.error = Objects.requireNonNull(error, "error");
        XmlElement app = error.applicationCondition();
        if (app != null && PubSub.ERRORS.equals(app.namespace())) {
            this.pubSubCondition = PubSubErrorCondition.fromElementName(app.name()).orElse(null);
            this.feature = app.attributeOrNull("feature");
        } else {
            this.pubSubCondition = null;
            this.feature = null;
        }
    }

    static PubSubException of(StanzaErrorException e) {
        PubSubException wrapped = new PubSubException(e.error());
        wrapped.initCause(e);
        return wrapped;
    }

    private static String describe(StanzaError error) {
        XmlElement app = error.applicationCondition();
        return "pubsub error: " + error + (app == null ? "" : " <" + app.name() + "/>");
    }

    public StanzaError error() {
        return error;
    }

    public StanzaErrorCondition condition() {
        return error.condition();
    }

    /** The pubsub#errors condition, when the service gave one we know. */
    public Optional<PubSubErrorCondition> pubSubCondition() {
        return Optional.ofNullable(pubSubCondition);
    }

    /** The feature an {@code <unsupported/>} names, e.g. "purge-nodes". */
    public Optional<String> feature() {
        return Optional.ofNullable(feature);
    }
}
