package im.parley.media;

import static im.parley.media.ProcessResources.liveThreads;
import static im.parley.media.ProcessResources.openSockets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.media.audio.AudioFormat48k;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IceSettings;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two endpoints in one JVM: ICE on loopback, DTLS-SRTP in either role, Opus both ways, tones detected. */
class LoopbackAudioStreamTest {
    private ReceivedAudio heardByCaller;
    private ReceivedAudio heardByCallee;

    @BeforeAll
    static void startMedia() {
        MediaRuntime.start().warmUp();
    }

    @BeforeEach
    void freshEars() {
        heardByCaller = new ReceivedAudio(null);
        heardByCallee = new ReceivedAudio(null);
    }

    private MediaLeg caller() throws Exception {
        return MediaLeg.audio(IceSettings.loopback(), new ToneSource(440, 0.5), heardByCaller);
    }

    private MediaLeg callee() throws Exception {
        return MediaLeg.audio(IceSettings.loopback(), new ToneSource(660, 0.5), heardByCallee);
    }

    private static void exchangeCandidates(MediaLeg a, MediaLeg b) {
        a.remoteIce(b.iceUfrag(), b.icePassword(), b.localCandidates());
        b.remoteIce(a.iceUfrag(), a.icePassword(), a.localCandidates());
    }

    @ParameterizedTest(name = "caller is the DTLS client: {0}")
    @ValueSource(booleans = {true, false})
    void tonesCrossBothWaysEncrypted(boolean callerIsDtlsClient) throws Exception {
        try (MediaLeg caller = caller(); MediaLeg callee = callee()) {
            exchangeCandidates(caller, callee);
            CompletableFuture<?> callerUp = caller.connect(true, callerIsDtlsClient, callee.fingerprintHash(), callee.fingerprint());
            CompletableFuture<?> calleeUp = callee.connect(false, !callerIsDtlsClient, caller.fingerprintHash(), caller.fingerprint());
            callerUp.get(10, TimeUnit.SECONDS);
            calleeUp.get(10, TimeUnit.SECONDS);
            assertThat(caller.path().remote().getAddress().isLoopbackAddress()).isTrue();
            assertThat(openSockets()).as("the probe sees the call's sockets").isPositive();

            awaitSeconds(2);
            assertThat(heardByCallee.toneShare(440)).isGreaterThan(0.8);
            assertThat(heardByCaller.toneShare(660)).isGreaterThan(0.8);
            assertThat(heardByCallee.toneShare(660)).isLessThan(0.1);
            CallCounters counters = callee.counters();
            assertThat(counters.packetsReceived()).isGreaterThan(50);
            assertThat(counters.packetsLost()).isZero();
        }
    }

    @Test
    void aCertificateThatDoesNotMatchTheSignalledFingerprintEndsTheCall() throws Exception {
        try (MediaLeg caller = caller(); MediaLeg callee = callee()) {
            exchangeCandidates(caller, callee);
            // The caller was told another certificate's fingerprint: what a man in the middle would cause.
            String real = callee.fingerprint();
            String forged = (real.charAt(0) == 'A' ? "B" : "A") + real.substring(1);
            CompletableFuture<?> callerUp = caller.connect(true, true, callee.fingerprintHash(), forged);
            callee.connect(false, false, caller.fingerprintHash(), caller.fingerprint());

            assertThatThrownBy(() -> callerUp.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(DtlsFailedException.class);
            Thread.sleep(1000);
            assertThat(heardByCallee.toneShare(440)).isLessThan(0.1);
        }
    }

    @Test
    void theRoundTripTimeComesFromTheReceiverReports() throws Exception {
        try (MediaLeg caller = caller(); MediaLeg callee = callee()) {
            exchangeCandidates(caller, callee);
            CompletableFuture<?> callerUp = caller.connect(true, false, callee.fingerprintHash(), callee.fingerprint());
            callee.connect(false, true, caller.fingerprintHash(), caller.fingerprint());
            callerUp.get(10, TimeUnit.SECONDS);
            // RTCP goes out about every 5 s; the first report about our stream carries LSR/DLSR.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (caller.counters().rttMs() < 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            // Coarse: FMJ's DLSR is off by up to a few hundred ms (20–480 ms seen on loopback).
            assertThat(caller.counters().rttMs()).as("loopback round trip, ms").isBetween(0L, 1000L);
        }
    }

    @Test
    void hangingUpReleasesEverySocketAndThread() throws Exception {
        // One call first: libjitsi starts process-wide timers on first use, which are not per call.
        tonesCrossBothWaysEncrypted(true);
        Thread.sleep(500);
        long threadsBefore = liveThreads();
        long socketsBefore = openSockets();
        freshEars();
        tonesCrossBothWaysEncrypted(false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((liveThreads() > threadsBefore || openSockets() > socketsBefore) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(openSockets()).isLessThanOrEqualTo(socketsBefore);
        assertThat(liveThreads()).isLessThanOrEqualTo(threadsBefore);
    }

    private void awaitSeconds(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        long wanted = (long) seconds * AudioFormat48k.SAMPLE_RATE;
        while ((heardByCaller.samples() < wanted || heardByCallee.samples() < wanted) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
