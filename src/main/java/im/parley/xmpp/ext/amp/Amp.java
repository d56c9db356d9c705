package im.parley.xmpp.ext.amp;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.jid.JidFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code <amp/>} element: rules on a message we send, or, with a status, the server's
 * report about one (§3.7), naming the original sender and recipient.
 *
 * @param status null on a request; the action taken on a report
 * @param from the original sender, on reports only
 * @param to the original recipient, on reports only
 * @param perHop apply the rules on every hop, not only at the edge servers (§3.4)
 */
public record Amp(List<Rule> rules, boolean perHop, Rule.Action status, Jid from, Jid to) {
    public static final String NAMESPACE = "http://jabber.org/protocol/amp";
    public static final String ERRORS_NAMESPACE = "http://jabber.org/protocol/amp#errors";
    public static final String FEATURE = NAMESPACE;

    public Amp {
        rules = List.copyOf(rules);
    }

    /** Rules for a message we send, applied at the edge servers. */
    public static Amp of(Rule... rules) {
        return new Amp(List.of(rules), false, null, null, null);
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("amp", NAMESPACE)
                .attribute("status", status == null ? null : status.value())
                .attribute("from", from == null ? null : from.toString())
                .attribute("to", to == null ? null : to.toString())
                .attribute("per-hop", perHop ? "true" : null);
        rules.forEach(r -> b.child(r.toXml(NAMESPACE)));
        return b.build();
    }

    public static Amp fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is("amp", NAMESPACE)) {
            throw new PayloadFormatException("not an AMP element: <" + e.name() + "/>");
        }
        String statusText = e.attributeOrNull("status");
        Rule.Action status = null;
        if (statusText != null) {
            status = Arrays.stream(Rule.Action.values()).filter(a -> a.value().equals(statusText.toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new PayloadFormatException("unknown AMP status '" + statusText + "'"));
        }
        String perHop = e.attributeOrNull("per-hop");
        return new Amp(rules(e), "true".equals(perHop) || "1".equals(perHop), status,
                jid(e.attributeOrNull("from")), jid(e.attributeOrNull("to")));
    }

    static List<Rule> rules(XmlElement parent) throws PayloadFormatException {
        List<Rule> out = new ArrayList<>();
        for (XmlElement r : parent.elements()) {
            if (r.name().equals("rule")) {
                out.add(Rule.fromXml(r));
            }
        }
        return out;
    }

    private static Jid jid(String text) throws PayloadFormatException {
        if (text == null) {
            return null;
        }
        try {
            return Jid.of(text);
        } catch (JidFormatException ex) {
            throw new PayloadFormatException("AMP report with an invalid jid '" + text + "'");
        }
    }
}
