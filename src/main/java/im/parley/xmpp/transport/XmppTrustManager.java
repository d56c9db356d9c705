package im.parley.xmpp.transport;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Validates the server certificate for one XMPP domain: the chain against the system trust store
 * and any extra anchors, then the domain identity. A certificate whose leaf the user pinned is
 * accepted as is; any other failure is put to the {@link CertificateDecision}, which refuses by
 * default. There is deliberately no accept-all mode.
 */
public final class XmppTrustManager extends X509ExtendedTrustManager {
    private final String domain;
    private final List<X509TrustManager> anchors;
    private final Set<String> pins;
    private final CertificateDecision decision;
    private volatile CertificateProblem lastProblem;

    public XmppTrustManager(String domain, List<X509Certificate> extraAnchors, Set<String> pinnedFingerprints,
                            CertificateDecision decision) {
        this.domain = domain;
        this.pins = Set.copyOf(pinnedFingerprints.stream().map(CertificateFingerprints::normalize).toList());
        this.decision = decision;
        List<X509TrustManager> managers = new ArrayList<>();
        // Configured anchors first: an account that names its own CA almost always needs it, and
        // a failed pass over the system store costs a couple of milliseconds per login.
        if (!extraAnchors.isEmpty()) {
            managers.add(trustManager(extraAnchors));
        }
        managers.add(trustManager(null));
        this.anchors = List.copyOf(managers);
    }

    /** The problem behind the last refusal, for a precise error message. */
    public CertificateProblem lastProblem() {
        return lastProblem;
    }

    private static X509TrustManager trustManager(List<X509Certificate> certs) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (certs == null) {
                tmf.init((KeyStore) null);
            } else {
                KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
                ks.load(null, null);
                int i = 0;
                for (X509Certificate c : certs) {
                    ks.setCertificateEntry("anchor-" + (i++), c);
                }
                tmf.init(ks);
            }
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    return x;
                }
            }
            throw new IllegalStateException("no X509TrustManager available");
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build trust manager", e);
        }
    }

    private void check(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("server sent no certificate");
        }
        if (pins.contains(CertificateFingerprints.sha256(chain[0]))) {
            return;
        }
        CertificateProblem problem = validate(chain, authType);
        if (problem == null) {
            return;
        }
        lastProblem = problem;
        CertificateDecision.Verdict verdict = decision.decide(problem);
        if (verdict == null || verdict == CertificateDecision.Verdict.REJECT) {
            throw new CertificateException(problem.reason() + ": " + problem.detail());
        }
    }

    private CertificateProblem validate(X509Certificate[] chain, String authType) {
        CertificateException chainError = null;
        boolean trusted = false;
        for (X509TrustManager tm : anchors) {
            try {
                tm.checkServerTrusted(chain, authType);
                trusted = true;
                break;
            } catch (CertificateException e) {
                // The configured anchors come first, and their verdict (say, expired) is the telling one.
                if (chainError == null) {
                    chainError = e;
                }
            }
        }
        List<X509Certificate> list = Arrays.asList(chain);
        if (!trusted) {
            boolean expired = isValidityProblem(chainError);
            return new CertificateProblem(domain, list,
                    expired ? CertificateProblem.Reason.EXPIRED_OR_INVALID : CertificateProblem.Reason.UNTRUSTED_ISSUER,
                    chainError == null ? "untrusted" : chainError.getMessage());
        }
        if (!ServerIdentity.matches(chain[0], domain)) {
            return new CertificateProblem(domain, list, CertificateProblem.Reason.NAME_MISMATCH,
                    "certificate does not name " + domain);
        }
        return null;
    }

    /** The JDK wraps expiry deep in its validator exceptions; look through the causes. */
    private static boolean isValidityProblem(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.security.cert.CertificateExpiredException
                    || t instanceof java.security.cert.CertificateNotYetValidException) {
                return true;
            }
            if (t instanceof java.security.cert.CertPathValidatorException cpve
                    && (cpve.getReason() == java.security.cert.CertPathValidatorException.BasicReason.EXPIRED
                    || cpve.getReason() == java.security.cert.CertPathValidatorException.BasicReason.NOT_YET_VALID)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("a client does not accept client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("a client does not accept client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a client does not accept client certificates");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return anchors.stream().flatMap(tm -> Arrays.stream(tm.getAcceptedIssuers())).toArray(X509Certificate[]::new);
    }
}
