package im.parley.client.call;

/** What the call window (or the command line) is told; called off the network threads, one call at a time. */
public interface CallListener {
    /** A call is ringing here; answer with {@link Call#accept} or {@link Call#reject}. */
    void incomingCall(Call call);

    default void stateChanged(Call call, Call.State state) {
    }

    default void ended(Call call, CallEnd end) {
    }

    /** The peer offers video in a running call; answer with {@link Call#acceptVideo} or {@link Call#rejectVideo}. */
    default void videoOffered(Call call) {
    }
}
