package im.parley.xmpp.ext.amp;

import im.parley.xmpp.stanza.StanzaError;
import java.util.List;

/**
 * The server refused or failed one of our AMP messages (§3.6.3, §6).
 *
 * @param messageId the id of our message, to find it in the conversation
 * @param error the stanza error as sent (condition, type, text)
 * @param rules the rules the error names: failed, unsupported or invalid ones; empty for
 *              {@link Kind#SERVICE_UNAVAILABLE}
 */
public record AmpError(String messageId, Kind kind, StanzaError error, List<Rule> rules) {
    public enum Kind {
        /** A rule with action 'error' triggered (amp#errors failed-rules). */
        FAILED_RULES("failed-rules"),
        UNSUPPORTED_ACTIONS("unsupported-actions"),
        UNSUPPORTED_CONDITIONS("unsupported-conditions"),
        /** The server refuses the rule's value (e.g. an expiry too far away). */
        INVALID_RULES("invalid-rules"),
        /** The server does not do AMP at all; the message was not processed. */
        SERVICE_UNAVAILABLE(null),
        /** An error with an AMP element but no AMP condition we know. */
        OTHER(null);

        final String element;

        Kind(String element) {
            this.element = element;
        }
    }

    public AmpError {
        rules = List.copyOf(rules);
    }
}
