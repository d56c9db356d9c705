package im.parley.archive;

import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * Rows written as the first schema has them, for tests of an archive that an older Parley left:
 * today's {@link MessageStore} writes columns a later migration added.
 */
final class FirstSchemaRows {
    private FirstSchemaRows() {
    }

    /** A received chat message with only the first schema's columns. */
    static void received(Archive archive, String account, String peer, String messageId, Instant at, String body) {
        archive.write(c -> {
            long accountId = AccountStore.idOf(c, account);
            long conversation = Conversations.idOf(c, accountId, peer, ConversationKind.CHAT, true);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO message (conversation_id, outgoing, sender, "
                    + "message_id, local_time, sort_time, body, delivery) VALUES (?, FALSE, ?, ?, ?, ?, ?, 0)")) {
                p.setLong(1, conversation);
                p.setString(2, peer + "/phone");
                p.setString(3, messageId);
                p.setObject(4, at);
                p.setObject(5, at);
                p.setString(6, body);
                p.executeUpdate();
            }
            return null;
        });
    }
}
