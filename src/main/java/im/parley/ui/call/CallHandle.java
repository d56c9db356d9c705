package im.parley.ui.call;

import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallStatistics;
import java.util.concurrent.CompletableFuture;

/**
 * A call as its window drives it: what it shows and what its buttons do. In the app it is a
 * {@link LiveCall} over the account's call; view-model tests give plain values. Safe from any thread.
 */
public interface CallHandle {
    boolean isIncoming();

    Call.State state();

    /** Whether video runs (or, before the answer, is offered). */
    boolean hasVideo();

    /** The peer's loudness right now (RFC 6464 -dBov: 0 loudest, 127 silence), -1 when unknown. */
    int peerAudioLevel();

    CallStatistics statistics();

    /** "ice-udp" or "raw-udp"; null before media is prepared. */
    String transport();

    CompletableFuture<Void> connected();

    CompletableFuture<CallEnd> ended();

    void mute(boolean mute);

    void camera(boolean on);

    /** Offers our camera in a running voice call; completes when video flows, fails when declined. */
    CompletableFuture<Void> addVideo();

    void removeVideo();

    void hangUp();
}
