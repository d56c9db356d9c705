package im.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.jingle.Reason.Condition;
import org.junit.jupiter.api.Test;

/** The outcomes the history shows, from how the call service ends calls. */
class CallOutcomeTest {
    private static CallOutcome of(boolean incoming, boolean answered, Condition c, boolean byPeer) {
        return CallOutcome.of(incoming, answered, new CallEnd(c, byPeer, "x"));
    }

    @Test
    void aCallThatConnectedIsAnsweredHoweverItEnded() {
        assertThat(of(false, true, Condition.SUCCESS, true)).isEqualTo(CallOutcome.ANSWERED);
        assertThat(of(true, true, Condition.CONNECTIVITY_ERROR, false)).isEqualTo(CallOutcome.ANSWERED);
    }

    @Test
    void theCallerCancellingIsCancelledThereAndMissedAtTheCallee() {
        assertThat(of(false, false, Condition.CANCEL, false)).isEqualTo(CallOutcome.CANCELLED);
        assertThat(of(true, false, Condition.CANCEL, true)).isEqualTo(CallOutcome.MISSED);
        assertThat(of(true, false, Condition.SUCCESS, true)).as("a direct Jingle offer terminated")
                .isEqualTo(CallOutcome.MISSED);
    }

    @Test
    void ringingOutIsMissedOnBothSides() {
        assertThat(of(true, false, Condition.TIMEOUT, false)).isEqualTo(CallOutcome.MISSED);
        assertThat(of(false, false, Condition.TIMEOUT, false)).isEqualTo(CallOutcome.MISSED);
    }

    @Test
    void aDeclineIsDeclinedOnBothSides() {
        assertThat(of(true, false, Condition.DECLINE, false)).isEqualTo(CallOutcome.DECLINED);
        assertThat(of(false, false, Condition.DECLINE, true)).isEqualTo(CallOutcome.DECLINED);
        assertThat(of(false, false, Condition.BUSY, true)).isEqualTo(CallOutcome.DECLINED);
    }

    @Test
    void anotherDeviceAnsweringAndErrorsAreToldApart() {
        assertThat(of(true, false, Condition.CANCEL, false)).isEqualTo(CallOutcome.ANSWERED_ELSEWHERE);
        assertThat(of(false, false, Condition.FAILED_TRANSPORT, false)).isEqualTo(CallOutcome.FAILED);
        assertThat(of(true, false, Condition.SECURITY_ERROR, false)).isEqualTo(CallOutcome.FAILED);
    }

    @Test
    void wordsGoBothWays() {
        for (CallOutcome o : CallOutcome.values()) {
            assertThat(CallOutcome.ofWord(o.word())).isEqualTo(o);
        }
        assertThat(CallOutcome.ANSWERED_ELSEWHERE.word()).isEqualTo("answered-elsewhere");
    }
}
