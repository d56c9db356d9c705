package im.parley.media;

import im.parley.media.ice.IceSettings;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jitsi.service.libjitsi.LibJitsi;

/**
 * libjitsi and ice4j for the whole process: started once, before the first call, so that a call
 * does not pay for their start-up. {@link #warmUp()} also makes a throwaway voice leg (an ICE
 * agent, a libjitsi stream, the DTLS certificate libjitsi keeps for later calls) and runs
 * jitsi-srtp's one-time AES set-up, which otherwise add about 0.7, 1.5 and 0.9 s to the first call.
 */
public final class MediaRuntime {
    private static final Logger LOG = Logger.getLogger(MediaRuntime.class.getName());
    private static final Object LOCK = new Object();
    /** Held so the levels stay: LogManager keeps loggers only weakly. */
    private static final Logger[] QUIETED = {
        Logger.getLogger("org.ice4j"), Logger.getLogger("org.jitsi"), Logger.getLogger("net.sf.fmj")};
    /**
     * libjitsi's video stream drops FMJ's receiver reports and builds its own through an RTP
     * translator, which only a conference bridge has: that task fails with a NullPointerException
     * every 0.5 s per stream. Only this failure is kept out of the log; others still show.
     */
    private static final Logger RECURRING_TASKS = Logger.getLogger("org.jitsi.utils.concurrent.RecurringRunnableExecutor");
    private static final String TRANSLATOR_FEEDBACK = "org.jitsi.impl.neomedia.rtcp.RTCPReceiverFeedbackTermination";
    private static boolean started;

    private MediaRuntime() {
    }

    /** Starts libjitsi once per process; later calls return at once. */
    public static MediaRuntime start() {
        synchronized (LOCK) {
            if (!started) {
                configure();
                LibJitsi.start();
                started = true;
            }
        }
        return new MediaRuntime();
    }

    /**
     * System properties libjitsi and ice4j read when they load. Audio device support off: libjitsi
     * would load PulseAudio's native library and kill the JVM where it is missing; Parley brings
     * its own devices. The cloud-metadata harvester would call a link-local address on every agent.
     */
    private static void configure() {
        setIfAbsent("net.java.sip.communicator.service.media.DISABLE_AUDIO_SUPPORT", "true");
        setIfAbsent("net.java.sip.communicator.service.media.DISABLE_VIDEO_SUPPORT", "true");
        setIfAbsent("org.ice4j.ice.harvest.DISABLE_AWS_HARVESTER", "true");
        setIfAbsent("org.ice4j.ice.harvest.DISABLE_LINK_LOCAL_ADDRESSES", "true");
        setIfAbsent("org.ice4j.ipv6.DISABLED", "true");
        for (Logger noisy : QUIETED) {
            noisy.setLevel(Level.WARNING);
        }
        RECURRING_TASKS.setFilter(record -> !isTranslatorFeedbackFailure(record.getThrown()));
    }

    private static boolean isTranslatorFeedbackFailure(Throwable thrown) {
        if (!(thrown instanceof NullPointerException) || thrown.getStackTrace().length == 0) {
            return false;
        }
        return TRANSLATOR_FEEDBACK.equals(thrown.getStackTrace()[0].getClassName());
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Loads and initialises what the first call would otherwise wait for. */
    public void warmUp() {
        try (MediaLeg leg = MediaLeg.audio(IceSettings.loopback(), frame -> { }, (samples, count) -> { })) {
            leg.localCandidates();
            leg.fingerprint();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "media warm-up failed; the first call will be slower", e);
        }
        SrtpWarmUp.run();
    }
}
