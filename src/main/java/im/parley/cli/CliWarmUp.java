package im.parley.cli;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.util.logging.LogManager;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Loads and sets up, on a thread of its own, what a command's connection needs first (logging,
 * the security providers, X.509 and the system's trusted certificates, TLS 1.3's key exchange,
 * signature and cipher, SCRAM's HMAC) while the main thread parses the command line. Loading
 * classes cold is most of a one-shot command's start: done beside the parse instead of after
 * it, it shortens the command on a machine with two cores or more. The connection loads whatever
 * this has not reached yet itself; {@code -Dparley.cli.warmUp=false} turns it off.
 */
final class CliWarmUp {
    private CliWarmUp() {
    }

    static void start() {
        if (!Boolean.parseBoolean(System.getProperty("parley.cli.warmUp", "true"))) {
            return;
        }
        Thread t = new Thread(CliWarmUp::run, "parley-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            LogManager.getLogManager();
            CertificateFactory.getInstance("X.509");
            // The system's trusted certificates are read once and cached by the JDK.
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm()).init((KeyStore) null);
            SSLContext.getInstance("TLS");
            KeyPairGenerator.getInstance("X25519").generateKeyPair();
            Signature.getInstance("RSASSA-PSS");
            Cipher.getInstance("AES/GCM/NoPadding");
            Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException | RuntimeException e) {
            // Only a head start: the connection meets the same failure itself and reports it.
        }
    }
}
