package im.parley.media;

import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.audio.Echo;
import im.parley.media.ice.IceSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A call to ourselves for checking the microphone and speaker before a real call: the microphone
 * goes out through the whole call pipeline (ICE on loopback, DTLS-SRTP, Opus) to an echo, and what
 * comes back plays on the speaker, so the user hears their own voice as a contact would, a round
 * trip later. No account and no server are involved.
 */
public final class EchoTestCall implements AutoCloseable {
    private final MediaLeg near;
    private final MediaLeg far;
    private final CompletableFuture<Void> connected;
    private final long startNanos = System.nanoTime();
    private volatile long connectedNanos;

    private EchoTestCall(AudioSource microphone, AudioSink speaker) throws IOException {
        MediaRuntime.start();
        Echo echo = new Echo();
        near = MediaLeg.audio(IceSettings.loopback(), microphone, speaker);
        MediaLeg farLeg;
        try {
            farLeg = MediaLeg.audio(IceSettings.loopback(), echo, echo);
        } catch (IOException | RuntimeException e) {
            near.close();
            throw e;
        }
        far = farLeg;
        near.remoteIce(far.iceUfrag(), far.icePassword(), far.localCandidates());
        far.remoteIce(near.iceUfrag(), near.icePassword(), near.localCandidates());
        Duration timeout = Duration.ofSeconds(10);
        CompletableFuture<?> nearUp = near.connect(true, true, far.fingerprintHash(), far.fingerprint(),
                MediaLeg.OPUS_PAYLOAD_TYPE, timeout);
        CompletableFuture<?> farUp = far.connect(false, false, near.fingerprintHash(), near.fingerprint(),
                MediaLeg.OPUS_PAYLOAD_TYPE, timeout);
        connected = CompletableFuture.allOf(nearUp, farUp).thenRun(() -> connectedNanos = System.nanoTime());
    }

    /** Starts the test call; {@link #connected()} tells when the echo can be heard. */
    public static EchoTestCall start(AudioSource microphone, AudioSink speaker) throws IOException {
        return new EchoTestCall(microphone, speaker);
    }

    /** Completes when both ends are connected; fails as a real call's media would. */
    public CompletableFuture<Void> connected() {
        return connected;
    }

    /** Milliseconds from start to connected media, or -1 before. */
    public long setupMillis() {
        long at = connectedNanos;
        return at == 0 ? -1 : (at - startNanos) / 1_000_000;
    }

    /** The figures of our end: what went out to the echo and came back. */
    public CallCounters counters() {
        return near.counters();
    }

    @Override
    public void close() {
        near.close();
        far.close();
    }
}
