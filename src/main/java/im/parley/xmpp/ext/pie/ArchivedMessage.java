package im.parley.xmpp.ext.pie;

import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.stanza.Message;
import java.util.Objects;

/**
 * One message of an exported archive: a XEP-0313 {@code <result/>} as XEP-0227 §3.11 carries it.
 *
 * @param id the archive's id of the message (the result's id), or null when the exporter had none
 * @param delay when it was sent, or null when the export does not say
 * @param message the message as it was, with its original addresses
 */
public record ArchivedMessage(String id, Delay delay, Message message) {
    public ArchivedMessage {
        Objects.requireNonNull(message, "message");
    }
}
