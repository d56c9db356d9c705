package im.parley.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message to store, as the client layer read it from a stanza.
 *
 * @param conversation the bare JID of the contact or room (room/nick for a private room chat)
 * @param sender the full JID of a one-to-one sender, or the nick in a room
 * @param messageId the stanza's id attribute: what corrections, receipts and markers name
 * @param originId the sender's stable id (XEP-0359), if given
 * @param stanzaId the id the conversation's archive gave the message (the user's own server for
 *     chats, the room for rooms), only when it came from that archive
 * @param serverTime when the server got it (MAM or a delay stamp), if known
 * @param unstyled the sender asked for its body to be shown as written (XEP-0393's unstyled hint)
 */
public record NewMessage(String conversation, ConversationKind kind, boolean outgoing, String sender,
                         String occupantId, String messageId, String originId, String stanzaId,
                         Instant serverTime, Instant localTime, String body, String xhtml,
                         String replyToId, String replyToJid, Delivery delivery, List<AttachmentRow> attachments,
                         boolean unstyled) {
    /**
     * Starts an archive id derived from where a message sits in an archive that gives none
     * (XEP-0136 collections): stable across fetches of that archive, but unknown to the live copy
     * of the same message, so a copy stored without an archive id is matched by direction, body
     * and time instead.
     */
    public static final String DERIVED_ARCHIVE_ID = "derived:";

    public NewMessage {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(localTime, "localTime");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(delivery, "delivery");
        attachments = List.copyOf(attachments);
    }

    /** A message without the unstyled hint. */
    public NewMessage(String conversation, ConversationKind kind, boolean outgoing, String sender, String occupantId,
                      String messageId, String originId, String stanzaId, Instant serverTime, Instant localTime,
                      String body, String xhtml, String replyToId, String replyToJid, Delivery delivery,
                      List<AttachmentRow> attachments) {
        this(conversation, kind, outgoing, sender, occupantId, messageId, originId, stanzaId, serverTime, localTime, body,
                xhtml, replyToId, replyToJid, delivery, attachments, false);
    }

    /** Whether its archive id is {@linkplain #DERIVED_ARCHIVE_ID derived}. */
    public boolean hasDerivedArchiveId() {
        return stanzaId != null && stanzaId.startsWith(DERIVED_ARCHIVE_ID);
    }

    /** Server time where known, else when it reached us: the order the conversation shows. */
    public Instant sortTime() {
        return serverTime != null ? serverTime : localTime;
    }

    /** A plain one-to-one message with nothing but ids and a body; the rest can be added by the caller. */
    public static NewMessage chat(String conversation, boolean outgoing, String sender, String messageId,
                                  String originId, String stanzaId, Instant serverTime, String body) {
        return new NewMessage(conversation, ConversationKind.CHAT, outgoing, sender, null, messageId, originId,
                stanzaId, serverTime, Instant.now(), body, null, null, null,
                outgoing ? Delivery.SENT : Delivery.PENDING, List.of());
    }
}
