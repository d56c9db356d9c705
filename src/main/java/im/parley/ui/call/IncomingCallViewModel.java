package im.parley.ui.call;

import im.parley.client.call.CallEnd;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A call ringing here: who calls, with or without video, and the user's three answers. It stops
 * ringing when the user answers or declines, or when the call ends without them: the caller gave
 * up, the ring timed out, or another of the user's devices answered (XEP-0353 through carbons).
 */
public final class IncomingCallViewModel {
    /** What answering or declining does; the app's is {@link AppCalls}. */
    public interface Answers {
        void answer(boolean withVideo);

        void decline();
    }

    private final String peerName;
    private final boolean videoOffered;
    private final boolean silent;
    private final Answers answers;
    private final ReadOnlyBooleanWrapper ringing = new ReadOnlyBooleanWrapper(true);

    /**
     * @param silent do-not-disturb: the prompt shows, but neither rings nor jumps in front
     * @param ended completes when the call is over, however
     */
    public IncomingCallViewModel(String peerName, boolean videoOffered, boolean silent,
                                 CompletableFuture<CallEnd> ended, Answers answers, Executor ui) {
        this.peerName = peerName;
        this.videoOffered = videoOffered;
        this.silent = silent;
        this.answers = answers;
        ended.whenComplete((end, failure) -> ui.execute(() -> ringing.set(false)));
    }

    public String peerName() {
        return peerName;
    }

    public String headline() {
        return videoOffered ? "Video call from " + peerName : peerName + " is calling";
    }

    public boolean videoOffered() {
        return videoOffered;
    }

    public boolean silent() {
        return silent;
    }

    /** True until answered, declined or over: the ring and the prompt last as long. */
    public ReadOnlyBooleanProperty ringingProperty() {
        return ringing.getReadOnlyProperty();
    }

    public void answer() {
        stop();
        answers.answer(false);
    }

    public void answerWithVideo() {
        stop();
        answers.answer(true);
    }

    public void decline() {
        stop();
        answers.decline();
    }

    private void stop() {
        ringing.set(false);
    }
}
