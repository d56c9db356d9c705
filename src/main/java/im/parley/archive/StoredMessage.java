package im.parley.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message as the archive holds it. {@code key} is the archive's own id: increasing in the order
 * messages were stored (not the order they were sent: history fetched later gets larger keys).
 *
 * @param reactions emoji sets by the sender who gave them
 * @param moderatedBy for a room message a moderator retracted (XEP-0425), the moderator as the
 *     room named them, empty when it did not; null for any other message
 * @param moderationReason why it was moderated, or null
 * @param unstyled its sender asked for the body to be shown as written (XEP-0393's unstyled hint)
 */
public record StoredMessage(long key, String conversation, ConversationKind kind, boolean outgoing, String sender,
                            String occupantId, String messageId, String originId, String stanzaId,
                            Instant serverTime, Instant localTime, Instant sortTime, String body, String xhtml,
                            String replyToId, String replyToJid, Instant editedAt, Instant retractedAt,
                            Delivery delivery, String failure, Map<String, List<String>> reactions,
                            List<AttachmentRow> attachments, String moderatedBy, String moderationReason,
                            boolean unstyled) {
    public StoredMessage {
        reactions = Map.copyOf(reactions);
        attachments = List.copyOf(attachments);
    }

    public boolean edited() {
        return editedAt != null;
    }

    public boolean retracted() {
        return retractedAt != null;
    }

    /** Whether a moderator retracted it (its row is a tombstone, {@link #retracted()} too). */
    public boolean moderated() {
        return moderatedBy != null;
    }
}
