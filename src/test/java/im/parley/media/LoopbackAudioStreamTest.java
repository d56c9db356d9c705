package im.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.audio.AudioFormat48k;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IcePath;
import im.parley.media.ice.IceSession;
import im.parley.media.ice.IceSettings;
import im.parley.media.jitsi.JitsiAudioStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two endpoints in one JVM: ICE on loopback, DTLS-SRTP in either role, Opus both ways, tones detected. */
class LoopbackAudioStreamTest {
    @BeforeAll
    static void startMedia() {
        MediaRuntime.start().warmUp();
    }

    @ParameterizedTest(name = "caller is the DTLS client: {0}")
    @ValueSource(booleans = {true, false})
    void tonesCrossBothWaysEncrypted(boolean callerIsDtlsClient) throws Exception {
        ReceivedAudio heardByCaller = new ReceivedAudio(null);
        ReceivedAudio heardByCallee = new ReceivedAudio(null);
        CompletableFuture<Exception> callerDtls = new CompletableFuture<>();
        CompletableFuture<Exception> calleeDtls = new CompletableFuture<>();
        try (IceSession callerIce = IceSession.gather("audio", IceSettings.loopback());
                IceSession calleeIce = IceSession.gather("audio", IceSettings.loopback());
                JitsiAudioStream caller = new JitsiAudioStream(new ToneSource(440, 0.5), heardByCaller, callerDtls::complete);
                JitsiAudioStream callee = new JitsiAudioStream(new ToneSource(660, 0.5), heardByCallee, calleeDtls::complete)) {
            callerIce.setRemote(calleeIce.ufrag(), calleeIce.password(), calleeIce.localCandidates());
            calleeIce.setRemote(callerIce.ufrag(), callerIce.password(), callerIce.localCandidates());
            CompletableFuture<IcePath> callerPath = callerIce.start(true);
            CompletableFuture<IcePath> calleePath = calleeIce.start(false);
            IcePath toCallee = callerPath.get(10, TimeUnit.SECONDS);
            IcePath toCaller = calleePath.get(10, TimeUnit.SECONDS);
            assertThat(toCallee.remote().getAddress().isLoopbackAddress()).isTrue();

            caller.start(callerIce.socket(), toCallee.remote(), callerIsDtlsClient, callee.fingerprintHash(),
                    callee.fingerprint(), 111);
            callee.start(calleeIce.socket(), toCaller.remote(), !callerIsDtlsClient, caller.fingerprintHash(),
                    caller.fingerprint(), 111);

            assertThat(callerDtls.get(10, TimeUnit.SECONDS)).isNull();
            assertThat(calleeDtls.get(10, TimeUnit.SECONDS)).isNull();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            long second = AudioFormat48k.SAMPLE_RATE;
            while ((heardByCaller.samples() < 2 * second || heardByCallee.samples() < 2 * second)
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(heardByCallee.toneShare(440)).isGreaterThan(0.8);
            assertThat(heardByCaller.toneShare(660)).isGreaterThan(0.8);
            assertThat(heardByCallee.toneShare(660)).isLessThan(0.1);
            JitsiAudioStream.Counters counters = callee.counters();
            assertThat(counters.packetsReceived()).isGreaterThan(50);
            assertThat(counters.packetsLost()).isZero();
        }
    }

    @Test
    void aCertificateThatDoesNotMatchTheSignalledFingerprintIsRefused() throws Exception {
        CompletableFuture<Exception> callerDtls = new CompletableFuture<>();
        CompletableFuture<Exception> calleeDtls = new CompletableFuture<>();
        ReceivedAudio heardByCallee = new ReceivedAudio(null);
        try (IceSession callerIce = IceSession.gather("audio", IceSettings.loopback());
                IceSession calleeIce = IceSession.gather("audio", IceSettings.loopback());
                JitsiAudioStream caller = new JitsiAudioStream(new ToneSource(440, 0.5), new ReceivedAudio(null), callerDtls::complete);
                JitsiAudioStream callee = new JitsiAudioStream(new ToneSource(660, 0.5), heardByCallee, calleeDtls::complete)) {
            callerIce.setRemote(calleeIce.ufrag(), calleeIce.password(), calleeIce.localCandidates());
            calleeIce.setRemote(callerIce.ufrag(), callerIce.password(), callerIce.localCandidates());
            CompletableFuture<IcePath> callerPath = callerIce.start(true);
            CompletableFuture<IcePath> calleePath = calleeIce.start(false);
            IcePath toCallee = callerPath.get(10, TimeUnit.SECONDS);
            IcePath toCaller = calleePath.get(10, TimeUnit.SECONDS);
            // The caller was told another certificate's fingerprint: what a man in the middle would cause.
            String real = callee.fingerprint();
            String forged = (real.charAt(0) == 'A' ? "B" : "A") + real.substring(1);
            caller.start(callerIce.socket(), toCallee.remote(), true, callee.fingerprintHash(), forged, 111);
            callee.start(calleeIce.socket(), toCaller.remote(), false, caller.fingerprintHash(), caller.fingerprint(), 111);

            assertThat(callerDtls.get(10, TimeUnit.SECONDS)).isNotNull();
            Thread.sleep(1000);
            assertThat(heardByCallee.toneShare(440)).isLessThan(0.1);
        }
    }
}
