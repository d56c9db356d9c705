package im.parley.xmpp.ext.amp;

import im.parley.xmpp.jid.Jid;
import java.util.List;

/**
 * A non-error report about one of our AMP messages: status 'alert' (the message was handled
 * by the rule and the sender is told) or 'notify' (told, then default processing goes on).
 */
public record AmpReport(String messageId, Rule.Action status, Jid originalSender, Jid originalRecipient,
                        List<Rule> rules) {
    public AmpReport {
        rules = List.copyOf(rules);
    }
}
