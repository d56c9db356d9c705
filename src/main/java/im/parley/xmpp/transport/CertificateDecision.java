package im.parley.xmpp.transport;

/**
 * Asked when a server certificate fails validation. The engine never decides for the user: the
 * UI shows the problem and answers; headless callers refuse. Called on the connecting thread,
 * which may block while the user decides.
 */
@FunctionalInterface
public interface CertificateDecision {
    enum Verdict {
        /** Refuse the connection. */
        REJECT,
        /** Accept for this connection only. */
        ACCEPT_ONCE,
        /** Accept, and the caller has stored the leaf fingerprint as a pin for later connections. */
        PIN
    }

    Verdict decide(CertificateProblem problem);

    /** The default: every invalid certificate is refused. */
    CertificateDecision REJECT = problem -> Verdict.REJECT;
}
