package im.parley.xmpp.sasl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Client side of SCRAM (RFC 5802) and its SHA-256 (RFC 7677) and SHA-512 variants, with or without
 * channel binding. Besides proving the password, it makes the server prove that it knows it too:
 * {@link #verifySuccess} fails unless the server's signature checked out.
 */
public final class ScramMechanism implements SaslMechanism {

    /** RFC 7677 §4 asks for at least 4096; fewer makes a captured exchange cheap to brute-force. */
    static final int MIN_ITERATIONS = 4096;
    /** A hostile server could otherwise have us spin PBKDF2 for hours. */
    static final int MAX_ITERATIONS = 10_000_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 24 random bytes give a 32-character nonce, above the 24 characters we promise. */
    private static final int NONCE_BYTES = 24;
    private static final byte[] CLIENT_KEY = "Client Key".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SERVER_KEY = "Server Key".getBytes(StandardCharsets.US_ASCII);

    private enum State { INITIAL, AWAITING_SERVER_FIRST, AWAITING_SERVER_FINAL, SERVER_VERIFIED, FAILED }

    private final ScramAlgorithm algorithm;
    private final String name;
    private final SaslCredentials credentials;
    private final Gs2Header gs2Header;
    private final String clientNonce;

    private State state = State.INITIAL;
    private String clientFirstBare;
    private byte[] expectedServerSignature;

    /** SCRAM-*-PLUS, bound to the TLS channel through {@code binding}. */
    public static ScramMechanism plus(ScramAlgorithm algorithm, SaslCredentials credentials, ChannelBinding binding) {
        return new ScramMechanism(algorithm, credentials, Objects.requireNonNull(binding, "binding"), false,
                randomNonce());
    }

    /**
     * SCRAM without channel binding.
     *
     * @param clientSupportsBinding true when we could have bound but the server offered no -PLUS
     *     mechanism; the server then detects an attacker who stripped -PLUS from its offer
     */
    public static ScramMechanism unbound(ScramAlgorithm algorithm, SaslCredentials credentials,
            boolean clientSupportsBinding) {
        return new ScramMechanism(algorithm, credentials, null, clientSupportsBinding, randomNonce());
    }

    /** With a chosen client nonce, so tests can replay published exchanges. */
    ScramMechanism(ScramAlgorithm algorithm, SaslCredentials credentials, ChannelBinding binding,
            boolean clientSupportsBinding, String clientNonce) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.name = binding == null ? algorithm.mechanismName() : algorithm.plusMechanismName();
        this.gs2Header = Gs2Header.of(binding, clientSupportsBinding, credentials.authzid());
        if (!isPrintableWithoutComma(clientNonce)) {
            throw new IllegalArgumentException("a SCRAM nonce is printable ASCII without ','");
        }
        this.clientNonce = clientNonce;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public byte[] initialResponse() {
        if (state != State.INITIAL) {
            throw new IllegalStateException("a SCRAM mechanism instance serves a single exchange");
        }
        clientFirstBare = "n=" + ScramAttributes.escapeSaslName(credentials.username()) + ",r=" + clientNonce;
        state = State.AWAITING_SERVER_FIRST;
        return utf8(gs2Header.text() + clientFirstBare);
    }

    @Override
    public byte[] evaluateChallenge(byte[] challenge) throws SaslException {
        try {
            switch (state) {
                case AWAITING_SERVER_FIRST:
                    byte[] clientFinal = clientFinal(ScramAttributes.parse(challenge));
                    state = State.AWAITING_SERVER_FINAL;
                    return clientFinal;
                case AWAITING_SERVER_FINAL:
                    // Some servers send server-final as a challenge and then an empty <success/>.
                    verifyServerFinal(ScramAttributes.parse(challenge));
                    state = State.SERVER_VERIFIED;
                    return new byte[0];
                default:
                    throw new SaslException("unexpected SCRAM challenge (state " + state + ")");
            }
        } catch (SaslException e) {
            state = State.FAILED;
            throw e;
        }
    }

    @Override
    public void verifySuccess(byte[] additionalData) throws SaslException {
        boolean hasData = additionalData != null && additionalData.length > 0;
        try {
            if (state == State.AWAITING_SERVER_FINAL && hasData) {
                verifyServerFinal(ScramAttributes.parse(additionalData));
                state = State.SERVER_VERIFIED;
            } else if (state == State.SERVER_VERIFIED) {
                if (hasData) {
                    verifyServerFinal(ScramAttributes.parse(additionalData));
                }
            } else {
                // Accepting this would let anyone who can answer "success" impersonate the server.
                throw new SaslException("server reported success without proving it knows the password"
                        + " (no SCRAM server signature; state " + state + ")");
            }
        } catch (SaslException e) {
            state = State.FAILED;
            throw e;
        }
    }

    private byte[] clientFinal(ScramAttributes serverFirst) throws SaslException {
        rejectErrorOrMandatoryExtension(serverFirst);
        String nonce = serverFirst.require('r');
        if (!nonce.startsWith(clientNonce) || nonce.length() == clientNonce.length()) {
            throw new SaslException("server nonce does not extend the client nonce: " + nonce);
        }
        byte[] salt = base64(serverFirst.require('s'), "salt");
        if (salt.length == 0) {
            throw new SaslException("server sent an empty salt");
        }
        int iterations = iterations(serverFirst.require('i'));

        String withoutProof = "c=" + gs2Header.channelBindingAttribute() + ",r=" + nonce;
        byte[] authMessage = utf8(clientFirstBare + "," + serverFirst.text() + "," + withoutProof);
        byte[] saltedPassword = saltedPassword(salt, iterations);
        byte[] clientKey = algorithm.hmac(saltedPassword, CLIENT_KEY);
        byte[] storedKey = algorithm.hash(clientKey);
        byte[] clientSignature = algorithm.hmac(storedKey, authMessage);
        byte[] serverKey = algorithm.hmac(saltedPassword, SERVER_KEY);
        try {
            expectedServerSignature = algorithm.hmac(serverKey, authMessage);
            byte[] proof = clientKey.clone();
            for (int i = 0; i < proof.length; i++) {
                proof[i] ^= clientSignature[i];
            }
            return utf8(withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof));
        } finally {
            // With the proof sent on the wire, each would give away ClientKey (logging in as us)
            // or ServerKey (posing as the server).
            for (byte[] secret : new byte[][] {saltedPassword, clientKey, storedKey, clientSignature, serverKey}) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

    private byte[] saltedPassword(byte[] salt, int iterations) throws SaslException {
        byte[] password = OpaqueStringPassword.utf8(credentials.password());
        try {
            return SaltedPasswordCache.saltedPassword(algorithm, password, salt, iterations);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    private void verifyServerFinal(ScramAttributes serverFinal) throws SaslException {
        rejectErrorOrMandatoryExtension(serverFinal);
        byte[] signature = base64(serverFinal.require('v'), "server signature");
        // Constant-time, so response timing does not reveal how much of a forged signature matched.
        if (!MessageDigest.isEqual(signature, expectedServerSignature)) {
            throw new SaslException("server signature mismatch: the server does not know the password");
        }
    }

    private static void rejectErrorOrMandatoryExtension(ScramAttributes message) throws SaslException {
        if (message.get('e').isPresent()) {
            throw new SaslException("SCRAM server error: " + message.get('e').get());
        }
        // RFC 5802 §5.1: a client must fail on m=, an extension it would have to understand.
        if (message.get('m').isPresent()) {
            throw new SaslException("server requires an unsupported SCRAM extension: m=" + message.get('m').get());
        }
    }

    private static int iterations(String value) throws SaslException {
        // At most ten digits: enough for the maximum, and it cannot overflow a long.
        if (!value.matches("[1-9][0-9]{0,9}")) {
            throw new SaslException("SCRAM iteration count is not a positive number: " + value);
        }
        long iterations = Long.parseLong(value);
        if (iterations < MIN_ITERATIONS) {
            throw new SaslException("SCRAM iteration count " + iterations + " is too weak (minimum "
                    + MIN_ITERATIONS + ")");
        }
        if (iterations > MAX_ITERATIONS) {
            throw new SaslException("SCRAM iteration count " + iterations + " is excessive (maximum "
                    + MAX_ITERATIONS + ")");
        }
        return (int) iterations;
    }

    private static byte[] base64(String value, String what) throws SaslException {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new SaslException("SCRAM " + what + " is not base64: " + value, e);
        }
    }

    private static String randomNonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isPrintableWithoutComma(String nonce) {
        return nonce != null && !nonce.isEmpty()
                && nonce.chars().allMatch(c -> c >= 0x21 && c <= 0x7e && c != ',');
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
