package im.parley.client.call;

import im.parley.xmpp.ext.jingle.Reason.Condition;
import java.util.Locale;

/** How a call went, as the history tells it. */
public enum CallOutcome {
    /** Media flowed: the call has a duration. */
    ANSWERED,
    /** Incoming and not answered: the caller gave up, or it rang out; outgoing and it rang out. */
    MISSED,
    /** Refused by the callee (or busy), on either side. */
    DECLINED,
    /** It could not connect, or the other side could not take it. */
    FAILED,
    /** The caller hung up before an answer, seen from the caller's side. */
    CANCELLED,
    /** Incoming, and another of the user's devices took it (XEP-0353 with carbons). */
    ANSWERED_ELSEWHERE;

    /** The word the archive keeps, e.g. "answered-elsewhere". */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The outcome of a word {@link #word()} gave. */
    public static CallOutcome ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The outcome of a call that ended with {@code end}; {@code answered} when media had flowed. */
    public static CallOutcome of(boolean incoming, boolean answered, CallEnd end) {
        if (answered) {
            return ANSWERED;
        }
        Condition c = end.condition();
        if (c == Condition.DECLINE || c == Condition.BUSY) {
            return DECLINED;
        }
        boolean hangUp = c == Condition.SUCCESS || c == Condition.CANCEL || c == Condition.GONE;
        if (c == Condition.TIMEOUT || (incoming && end.byPeer() && hangUp)) {
            return MISSED;
        }
        if (incoming && c == Condition.CANCEL) {
            // Ended here without the caller or the user: the call service does that when another device answered.
            return ANSWERED_ELSEWHERE;
        }
        if (hangUp) {
            return end.byPeer() ? DECLINED : CANCELLED;
        }
        return FAILED;
    }
}
