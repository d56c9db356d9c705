package im.parley.bench;

import im.parley.client.call.Call;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.media.audio.AudioSource;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IceSettings;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.transport.TlsSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Voice calls between two Parley sessions through a local Prosody, on loopback: set-up time from
 * placing the call (the XEP-0353 propose) to the callee's first decoded audible sample, mouth-to-ear
 * latency of a tone burst, and the CPU one call costs. Not a test: a {@code main()} harness run by
 * src/test/scripts/bench-call.sh; prints one JSON line.
 *
 * <p>Arguments: {@code [ports.env] [warm-up calls] [measured calls]}.
 */
public final class CallBenchmark {
    private CallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = BenchSupport.readEnv(Path.of(args.length > 0 ? args[0] : "target/it-servers/prosody/ports.env"));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        X509Certificate ca = BenchSupport.readCert(Path.of(env.get("CA_CERT")));
        int port = Integer.parseInt(env.get("C2S_PORT"));
        String domain = env.getOrDefault("XMPP_DOMAIN", "localhost");

        XmppClient alice = login(domain, "alice", port, ca);
        XmppClient bob = login(domain, "bob", port, ca);
        BurstSource mouth = new BurstSource();
        FirstAudible ear = new FirstAudible();
        CallSettings settings = CallSettings.defaults(IceSettings.loopback());
        CallService aliceCalls = new CallService(alice, settings, call -> call.reject());
        CallService bobCalls = new CallService(bob, settings, call -> call.accept(new ToneSource(660, 0.5), ear));
        aliceCalls.warmUp();

        long[] setup = new long[measured];
        long[] mouthToEar = new long[measured];
        long[] connect = new long[measured];
        for (int i = -warmup; i < measured; i++) {
            ear.reset();
            mouth.silence();
            long start = System.nanoTime();
            mouth.burstNow();
            Call call = aliceCalls.call(bob.jid().bare(), mouth, (samples, count) -> { });
            call.connected().get(30, TimeUnit.SECONDS);
            long connectedAt = System.nanoTime();
            long heard = ear.awaitAudible(10);
            // A second burst once the call is up: what a talker hears as delay.
            Thread.sleep(1000);
            mouth.silence();
            // Long enough for the tone still in flight and in the jitter buffer to drain.
            Thread.sleep(2000);
            ear.reset();
            long burst = mouth.burstNow();
            long burstHeard = ear.awaitAudible(5);
            if (i >= 0) {
                setup[i] = heard - start;
                connect[i] = connectedAt - start;
                mouthToEar[i] = burstHeard - mouth.firstSampleNanos(burst);
            }
            call.hangUp();
            call.ended().get(10, TimeUnit.SECONDS);
        }
        double cpu = cpuPerCall(aliceCalls, bob.jid().bare(), mouth);
        String json = String.format(Locale.ROOT,
                "{\"setup_median_ms\":%.1f,\"setup_p90_ms\":%.1f,\"connected_median_ms\":%.1f,\"mouth_to_ear_median_ms\":%.1f,"
                        + "\"mouth_to_ear_p90_ms\":%.1f,\"cpu_percent_of_one_core_per_call\":%.1f,\"calls\":%d}",
                BenchSupport.percentile(setup, 50), BenchSupport.percentile(setup, 90), BenchSupport.percentile(connect, 50),
                BenchSupport.percentile(mouthToEar, 50), BenchSupport.percentile(mouthToEar, 90), cpu, measured);
        System.out.println(json);
        aliceCalls.close();
        bobCalls.close();
        alice.disconnect();
        bob.disconnect();
        System.exit(0);
    }

    /** Process CPU over 10 s with one call up (both ends in this JVM), minus 10 s idle, as % of one core. */
    private static double cpuPerCall(CallService calls, Jid callee, BurstSource mouth) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long idleStart = os.getProcessCpuTime();
        Thread.sleep(10_000);
        long idle = os.getProcessCpuTime() - idleStart;
        mouth.burstNow();
        Call call = calls.call(callee, mouth, (s, c) -> { });
        call.connected().get(30, TimeUnit.SECONDS);
        long busyStart = os.getProcessCpuTime();
        Thread.sleep(10_000);
        long busy = os.getProcessCpuTime() - busyStart;
        call.hangUp();
        call.ended().get(10, TimeUnit.SECONDS);
        return (busy - idle) / 1e9 / 10 * 100;
    }

    private static XmppClient login(String domain, String user, int port, X509Certificate ca) throws Exception {
        XmppClient client = new XmppClient(ClientConfig.builder(Jid.of(user + "@" + domain))
                .password((user + "pass").toCharArray())
                .server(new ServerAddress("127.0.0.1", port, false))
                .tls(new TlsSettings(List.of(ca), Set.of(), null))
                .replyTimeout(Duration.ofSeconds(10))
                .build());
        client.connect();
        client.send(Presence.builder().build());
        return client;
    }

    /** Silence, then a 440 Hz tone from the moment of {@link #burstNow()}; notes when the tone's first sample was read. */
    private static final class BurstSource implements AudioSource {
        private final ToneSource tone = new ToneSource(440, 0.5);
        private volatile boolean sounding;
        private volatile long firstSample;

        void silence() {
            sounding = false;
        }

        long burstNow() {
            firstSample = 0;
            sounding = true;
            return System.nanoTime();
        }

        /** When the capture device took the burst's first frame (not before {@code requested}). */
        long firstSampleNanos(long requested) {
            return Math.max(requested, firstSample);
        }

        @Override
        public void read(short[] frame) {
            if (sounding) {
                if (firstSample == 0) {
                    firstSample = System.nanoTime();
                }
                tone.read(frame);
            } else {
                java.util.Arrays.fill(frame, (short) 0);
            }
        }
    }
}
