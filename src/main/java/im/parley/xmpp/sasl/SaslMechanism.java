package im.parley.xmpp.sasl;

/**
 * One client-side run of a SASL mechanism. An instance serves a single authentication attempt:
 * create a fresh one (see {@link SaslMechanismSelector}) for every attempt.
 */
public interface SaslMechanism {

    /** The IANA mechanism name sent in {@code <auth mechanism=.../>}, e.g. "SCRAM-SHA-256-PLUS". */
    String name();

    /**
     * The client's first message, sent inside {@code <auth/>}.
     *
     * @return {@code null} if the mechanism has no initial response; an empty array for an empty one
     *     (RFC 6120 §6.4.2 sends it as "=")
     */
    byte[] initialResponse() throws SaslException;

    /** Answers a decoded {@code <challenge/>}; the result goes into a {@code <response/>}. */
    byte[] evaluateChallenge(byte[] challenge) throws SaslException;

    /**
     * Checks the decoded content of {@code <success/>} ({@code null} or empty when it had none).
     * Mutually authenticating mechanisms fail here if the server never proved itself.
     */
    void verifySuccess(byte[] additionalData) throws SaslException;
}
