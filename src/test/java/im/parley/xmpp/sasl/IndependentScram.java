package im.parley.xmpp.sasl;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * SCRAM's arithmetic (RFC 5802 §3) redone for tests with the JDK's own PBKDF2 SecretKeyFactory, so
 * expected values do not come from the {@link ScramAlgorithm#hi} under test.
 */
final class IndependentScram {

    record Result(byte[] clientProof, byte[] serverSignature) {
    }

    private IndependentScram() {
    }

    static Result compute(ScramAlgorithm algorithm, String password, byte[] salt, int iterations,
            String authMessage) {
        String hash = switch (algorithm) {
            case SHA_1 -> "SHA1";
            case SHA_256 -> "SHA256";
            case SHA_512 -> "SHA512";
        };
        try {
            MessageDigest digest = MessageDigest.getInstance(hash.replace("SHA", "SHA-"));
            int bits = digest.getDigestLength() * 8;
            byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmac" + hash)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, bits))
                    .getEncoded();
            byte[] message = authMessage.getBytes(StandardCharsets.UTF_8);
            byte[] clientKey = hmac(hash, salted, "Client Key".getBytes(StandardCharsets.US_ASCII));
            byte[] clientSignature = hmac(hash, digest.digest(clientKey), message);
            byte[] proof = new byte[clientKey.length];
            for (int i = 0; i < proof.length; i++) {
                proof[i] = (byte) (clientKey[i] ^ clientSignature[i]);
            }
            byte[] serverKey = hmac(hash, salted, "Server Key".getBytes(StandardCharsets.US_ASCII));
            return new Result(proof, hmac(hash, serverKey, message));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] hmac(String hash, byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("Hmac" + hash);
        mac.init(new SecretKeySpec(key, "Hmac" + hash));
        return mac.doFinal(data);
    }
}
