package im.parley.media;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jitsi.srtp.crypto.Aes;

/**
 * jitsi-srtp picks its AES implementation by benchmarking every provider on first use, about 0.9 s
 * inside the first call's DTLS handshake. The JDK's SunJCE provider uses the CPU's AES
 * instructions and is the one it picks here anyway: name it and create one cipher ahead of the call.
 */
final class SrtpWarmUp {
    private static final Logger LOG = Logger.getLogger(SrtpWarmUp.class.getName());

    private SrtpWarmUp() {
    }

    static void run() {
        Aes.setFactoryClassName(Aes.class.getName() + "$SunJCECipherFactory");
        try {
            Aes.createCipher("AES/CTR/NoPadding");
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "SRTP warm-up failed; the first call will pick its own AES", e);
        }
    }
}
