package im.parley.xmpp.ext.mam;

import im.parley.xmpp.stanza.Message;
import java.time.Instant;
import java.util.Objects;

/**
 * One message as the archive returned it.
 *
 * @param id its archive id (the {@code <result/>}'s id, equal to the stanza-id the archive gave
 *     it, §3.5): the key to store it under and to page from
 * @param stamp when the archive received it (the forwarded delay, §4.2); null when the server
 *     sent none that parses
 * @param message the message as first sent, with its original addresses
 */
public record ArchivedMessage(String id, Instant stamp, Message message) {
    public ArchivedMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
    }
}
