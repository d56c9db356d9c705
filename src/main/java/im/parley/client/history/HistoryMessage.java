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
 */
public record HistoryMessage(long key, String conversation, boolean outgoing, String sender, String messageId,
                             String stanzaId, Instant time, String body, boolean edited, boolean retracted,
                             String replyToId, DeliveryState delivery, Map<String, List<String>> reactions,
                             List<String> attachments) {
    public HistoryMessage {
        reactions = Map.copyOf(reactions);
        attachments = List.copyOf(attachments);
    }
}
