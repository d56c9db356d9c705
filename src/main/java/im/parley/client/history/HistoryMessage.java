package im.parley.client.history;

import im.parley.client.DeliveryState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message from the local archive, as a chat view or the command line shows it.
 *
 * @param key the archive's id of the message: what {@code --before} and search hits name
 * @param conversation the bare address of the contact (or room)
 * @param sender the sender's full address (the user's own for outgoing messages)
 * @param time the server's time where known, else when it reached this device
 * @param delivery for messages the user sent: how far they got; for received ones, DISPLAYED once read
 * @param reactions emoji sets by who gave them
 * @param moderatedBy for a room message a moderator retracted (XEP-0425; {@code retracted} too,
 *     its body empty), the moderator as the room named them, empty when it did not; else null
 * @param moderationReason why it was moderated, or null
 * @param unstyled its sender asked for the body to be shown as written, without Message Styling
 */
public record HistoryMessage(long key, String conversation, boolean outgoing, String sender, String messageId,
                             String stanzaId, Instant time, String body, boolean edited, boolean retracted,
                             String replyToId, DeliveryState delivery, Map<String, List<String>> reactions,
                             List<String> attachments, String moderatedBy, String moderationReason,
                             boolean unstyled) {
    public HistoryMessage {
        reactions = Map.copyOf(reactions);
        attachments = List.copyOf(attachments);
    }

    /** A message to be styled as usual. */
    public HistoryMessage(long key, String conversation, boolean outgoing, String sender, String messageId,
                          String stanzaId, Instant time, String body, boolean edited, boolean retracted,
                          String replyToId, DeliveryState delivery, Map<String, List<String>> reactions,
                          List<String> attachments, String moderatedBy, String moderationReason) {
        this(key, conversation, outgoing, sender, messageId, stanzaId, time, body, edited, retracted, replyToId, delivery,
                reactions, attachments, moderatedBy, moderationReason, false);
    }

    /** A message no moderator retracted, to be styled as usual. */
    public HistoryMessage(long key, String conversation, boolean outgoing, String sender, String messageId,
                          String stanzaId, Instant time, String body, boolean edited, boolean retracted,
                          String replyToId, DeliveryState delivery, Map<String, List<String>> reactions,
                          List<String> attachments) {
        this(key, conversation, outgoing, sender, messageId, stanzaId, time, body, edited, retracted, replyToId, delivery,
                reactions, attachments, null, null, false);
    }

    /** Whether a moderator retracted it (XEP-0425): the row is a tombstone. */
    public boolean moderated() {
        return moderatedBy != null;
    }
}
