package im.parley.ui.chat;

import im.parley.client.call.CallRecord;
import im.parley.client.history.HistoryMessage;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The calls of an open conversation, read off the UI thread and kept oldest first. They are few
 * beside the messages, so the newest {@link #LIMIT} are read whole and shown within the loaded
 * stretch of messages.
 */
final class ChatCalls {
    static final int LIMIT = 500;
    private static final Logger LOG = Logger.getLogger(ChatCalls.class.getName());

    private final ChatArchive archive;
    private final Executor background;
    private final Executor ui;
    private final Runnable changed;
    /** Touched on the UI thread only. */
    private List<CallRecord> calls = List.of();

    /**
     * @param ui runs work on the UI thread while the conversation is open
     * @param changed run there when a read brought the calls in
     */
    ChatCalls(ChatArchive archive, Executor background, Executor ui, Runnable changed) {
        this.archive = archive;
        this.background = background;
        this.ui = ui;
        this.changed = changed;
    }

    /** Reads the calls again: at opening, and when a call with the contact ended. */
    void refresh() {
        background.execute(() -> {
            try {
                List<CallRecord> found = archive.calls(LIMIT);
                ui.execute(() -> {
                    calls = found;
                    changed.run();
                });
            } catch (RuntimeException e) {
                // The messages still show; the calls come with the next refresh.
                LOG.log(Level.INFO, "the calls of the conversation could not be read", e);
            }
        });
    }

    /**
     * The calls that fall within {@code stretch} of loaded messages (oldest first), and before it
     * when {@code allOlder} are loaded, after it when {@code allNewer} are; all of them when no message is.
     */
    List<CallRecord> within(List<HistoryMessage> stretch, boolean allOlder, boolean allNewer) {
        Instant from = stretch.isEmpty() || allOlder ? null : stretch.get(0).time();
        Instant to = stretch.isEmpty() || allNewer ? null : stretch.get(stretch.size() - 1).time();
        return calls.stream().filter(c -> (from == null || !c.started().isBefore(from))
                && (to == null || !c.started().isAfter(to))).toList();
    }
}
