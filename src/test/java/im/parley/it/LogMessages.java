package im.parley.it;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/** A log handler that collects the messages of the records it is given, for a test to look at. */
final class LogMessages extends Handler {
    private final List<String> messages;

    LogMessages(List<String> messages) {
        this.messages = messages;
    }

    @Override
    public void publish(LogRecord r) {
        messages.add(r.getMessage());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
