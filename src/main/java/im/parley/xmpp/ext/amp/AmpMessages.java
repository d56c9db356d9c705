package im.parley.xmpp.ext.amp;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Attaching rules to outgoing messages and reading the server's answers about them. */
public final class AmpMessages {
    private AmpMessages() {
    }

    /**
     * "Deliver only while the contact is online": an error instead of offline storage. The
     * 'deliver' condition is met by what the server would do (§3.5.1), so the rule must name
     * 'stored'; a 'direct' rule would fire exactly when the contact IS online.
     */
    public static Rule onlyIfOnline() {
        return new Rule(Rule.Condition.DELIVER, Rule.Action.ERROR, "stored");
    }

    /** §5.2: dropped by the server once {@code ttl} has passed, counted from now. */
    public static Rule expireAfter(Duration ttl, Clock clock) {
        return expireAt(Instant.now(clock).plus(ttl));
    }

    /** XEP-0082 DateTime in UTC, to the second: servers need not read fractions. */
    public static Rule expireAt(Instant at) {
        return new Rule(Rule.Condition.EXPIRE_AT, Rule.Action.DROP,
                DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS)));
    }

    /** The message with these rules, replacing any earlier {@code <amp/>}. */
    public static Message withRules(Message m, Amp amp) {
        return m.toBuilder().replacePayload(amp.toXml()).build();
    }

    public static Optional<Amp> rules(Message m) throws PayloadFormatException {
        Optional<XmlElement> e = m.payload("amp", Amp.NAMESPACE);
        return e.isEmpty() ? Optional.empty() : Optional.of(Amp.fromXml(e.get()));
    }

    /** An alert or notify report (§3.6.1, §3.6.4); empty for anything else. */
    public static Optional<AmpReport> report(Message m) throws PayloadFormatException {
        if (m.type() == Message.Type.ERROR) {
            return Optional.empty();
        }
        Optional<Amp> amp = rules(m);
        if (amp.isEmpty() || amp.get().status() == null || amp.get().status() == Rule.Action.ERROR
                || amp.get().status() == Rule.Action.DROP) {
            return Optional.empty();
        }
        Amp a = amp.get();
        return Optional.of(new AmpReport(m.id(), a.status(), a.from(), a.to(), a.rules()));
    }

    /**
     * An AMP error about one of our messages (§3.6.3, §6). The failed-rules element is looked
     * for in amp#errors and, leniently, in amp; the other conditions are in amp (§6).
     */
    public static Optional<AmpError> error(Message m) throws PayloadFormatException {
        Optional<XmlElement> errorElement = m.payload("error", Stanza.CLIENT_NAMESPACE);
        if (m.payload("amp", Amp.NAMESPACE).isEmpty() || errorElement.isEmpty()) {
            return Optional.empty();
        }
        StanzaError error = StanzaError.fromXml(errorElement.get());
        for (XmlElement c : errorElement.get().elements()) {
            for (AmpError.Kind kind : AmpError.Kind.values()) {
                boolean ampNs = c.namespace().equals(Amp.NAMESPACE) || c.namespace().equals(Amp.ERRORS_NAMESPACE);
                if (kind.element != null && ampNs && c.name().equals(kind.element)) {
                    return Optional.of(new AmpError(m.id(), kind, error, Amp.rules(c)));
                }
            }
        }
        AmpError.Kind kind = error.condition() == StanzaErrorCondition.SERVICE_UNAVAILABLE
                ? AmpError.Kind.SERVICE_UNAVAILABLE : AmpError.Kind.OTHER;
        return Optional.of(new AmpError(m.id(), kind, error, List.of()));
    }
}
