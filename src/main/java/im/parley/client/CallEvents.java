package im.parley.client;

import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallListener;
import im.parley.client.call.CallRecord;
import java.time.Instant;
import java.util.function.Consumer;

/** The calls of a session as account events: an offer when one rings, a record when any ends. */
final class CallEvents implements CallListener {
    private final Consumer<AccountEvent> publish;

    CallEvents(Consumer<AccountEvent> publish) {
        this.publish = publish;
    }

    @Override
    public void incomingCall(Call call) {
        publish.accept(new AccountEvent.CallOffered(call));
    }

    @Override
    public void ended(Call call, CallEnd end) {
        publish.accept(new AccountEvent.CallEnded(CallRecord.of(call, end, Instant.now())));
    }
}
