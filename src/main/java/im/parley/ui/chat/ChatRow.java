package im.parley.ui.chat;

import im.parley.client.call.CallRecord;
import im.parley.client.history.HistoryMessage;
import java.time.LocalDate;
import java.util.List;

/** One row of the conversation list: a day separator, a message laid out for display, or a call. */
public sealed interface ChatRow {
    /** The first row of each day: "Today", "Yesterday" or a date. */
    record DaySeparator(LocalDate day, String label) implements ChatRow {
    }

    /**
     * A message and how it is drawn.
     *
     * @param firstOfGroup whether name and time are drawn above it (a new sender, a new day, or a pause)
     * @param senderName "You" for the user's own messages
     * @param quote the message it replies to, null when it is no reply
     * @param reactions emoji chips in the order first given
     * @param highlighted a find hit the user jumped to
     */
    record MessageRow(HistoryMessage message, boolean firstOfGroup, String senderName, Quote quote,
                      List<ReactionChip> reactions, boolean highlighted) implements ChatRow {
        public MessageRow {
            reactions = List.copyOf(reactions);
        }
    }

    /**
     * A call with the contact, among the messages by the time it started.
     *
     * @param text e.g. "Outgoing video call · 2:31" or "Missed voice call"
     * @param missed an incoming call nobody answered, drawn as needing attention
     */
    record CallRow(CallRecord call, String text, String icon, boolean missed) implements ChatRow {
    }

    /** The replied-to message as a quote block; {@code senderName} is null when it is not loaded. */
    record Quote(String senderName, String text) {
    }

    /** An emoji with how many gave it, {@code mine} when the user is one of them. */
    record ReactionChip(String emoji, int count, boolean mine) {
    }
}
