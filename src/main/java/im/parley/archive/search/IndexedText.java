package im.parley.archive.search;

import java.time.Instant;
import java.util.Objects;

/**
 * One message as the index sees it. {@code messageKey} is the archive's primary key (increasing);
 * {@code conversation} is the bare JID of the chat or room, exactly as the archive stores it (the index
 * compares it byte for byte). The time is kept to the millisecond.
 */
public record IndexedText(long messageKey, String conversation, Instant time, String text) {
    public IndexedText {
        if (messageKey <= 0) {
            // 0 is what lastIndexedKey() says of an empty index
            throw new IllegalArgumentException("messageKey must be positive: " + messageKey);
        }
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(text, "text");
    }
}
