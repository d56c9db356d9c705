package im.parley.client.history;

import im.parley.archive.CallRow;
import im.parley.client.call.CallOutcome;
import im.parley.client.call.CallRecord;
import im.parley.xmpp.jid.Jid;

/** Calls as the archive's call log keeps them, and back. */
final class CallRows {
    private CallRows() {
    }

    static CallRow of(CallRecord call) {
        return new CallRow(call.id(), call.peer().toString(), call.incoming(), call.video(), call.started(),
                call.answered(), call.ended(), call.outcome().word());
    }

    static CallRecord record(CallRow row) {
        return new CallRecord(row.sessionId(), Jid.of(row.peer()), row.incoming(), row.video(), row.started(),
                row.answered(), row.ended(), CallOutcome.ofWord(row.outcome()));
    }
}
