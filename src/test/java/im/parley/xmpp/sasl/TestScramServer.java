package im.parley.xmpp.sasl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Plays the server of one SCRAM exchange, checking the client's proof with {@link IndependentScram}. */
final class TestScramServer {

    private final ScramAlgorithm algorithm;
    private final String password;
    private final byte[] salt;
    private final int iterations;
    private String clientFirstBare;
    private String serverFirst;

    TestScramServer(ScramAlgorithm algorithm, String password, byte[] salt, int iterations) {
        this.algorithm = algorithm;
        this.password = password;
        this.salt = salt.clone();
        this.iterations = iterations;
    }

    byte[] serverFirst(byte[] clientFirst) {
        String text = new String(clientFirst, StandardCharsets.UTF_8);
        int headerEnd = text.indexOf(',', text.indexOf(',') + 1);
        clientFirstBare = text.substring(headerEnd + 1);
        String clientNonce = clientFirstBare.substring(clientFirstBare.indexOf(",r=") + 3);
        serverFirst = "r=" + clientNonce + "3rfcNHYJY1ZVvWVs7j,s=" + Base64.getEncoder().encodeToString(salt)
                + ",i=" + iterations;
        return serverFirst.getBytes(StandardCharsets.UTF_8);
    }

    /** Fails the test unless the proof is right; answers with the server signature. */
    byte[] serverFinal(byte[] clientFinal) {
        String text = new String(clientFinal, StandardCharsets.UTF_8);
        int proofAt = text.lastIndexOf(",p=");
        String withoutProof = text.substring(0, proofAt);
        IndependentScram.Result expected = IndependentScram.compute(algorithm, password, salt, iterations,
                clientFirstBare + "," + serverFirst + "," + withoutProof);
        assertThat(Base64.getDecoder().decode(text.substring(proofAt + 3))).isEqualTo(expected.clientProof());
        return ("v=" + Base64.getEncoder().encodeToString(expected.serverSignature()))
                .getBytes(StandardCharsets.UTF_8);
    }
}
