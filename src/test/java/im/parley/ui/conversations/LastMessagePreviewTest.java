package im.parley.ui.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.ConversationSummary;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LastMessagePreviewTest {

    private static ConversationSummary last(String body, boolean outgoing, boolean room) {
        return new ConversationSummary(room ? "room@rooms.example.org" : "alice@example.org", room, false,
                Instant.EPOCH, body, outgoing, 0, false, false);
    }

    @Test
    void ownMessagesSayYouAndLinesBecomeOne() {
        assertThat(LastMessagePreview.of(last("see you\nat noon", true, false), "Alice")).isEqualTo("You: see you at noon");
        assertThat(LastMessagePreview.of(last("hi", false, false), "Alice")).isEqualTo("hi");
        assertThat(LastMessagePreview.of(last(null, false, false), "Alice")).isEmpty();
        assertThat(LastMessagePreview.of(last(null, false, true), "Tea room")).isEqualTo("No messages yet");
    }

    @Test
    void actionsNameWhoActed() {
        assertThat(LastMessagePreview.of(last("/me waves", true, false), "Alice")).isEqualTo("* You waves");
        assertThat(LastMessagePreview.of(last("/me waves", false, false), "Alice")).isEqualTo("* Alice waves");
        assertThat(LastMessagePreview.of(last("/me waves", false, true), "Room")).isEqualTo("* waves");
        assertThat(LastMessagePreview.of(last("/meow", false, false), "Alice")).isEqualTo("/meow");
    }
}
