package im.parley.xmpp.sasl;

import static im.parley.xmpp.sasl.TestBytes.bytes;
import static im.parley.xmpp.sasl.TestBytes.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Published SCRAM exchanges, replayed with the client nonce fixed. */
class ScramVectorsTest {

    private static final SaslCredentials USER_PENCIL = new SaslCredentials("user", "pencil".toCharArray(), null);

    @Test
    void rfc5802ScramSha1Example() throws SaslException {
        ScramMechanism scram = new ScramMechanism(ScramAlgorithm.SHA_1, USER_PENCIL, null, false,
                "fyko+d2lbbFgONRv9qkxdawL");

        assertThat(scram.name()).isEqualTo("SCRAM-SHA-1");
        assertThat(text(scram.initialResponse())).isEqualTo("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL");
        assertThat(text(scram.evaluateChallenge(bytes(
                "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096"))))
                .isEqualTo("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=");
        assertThatCode(() -> scram.verifySuccess(bytes("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=")))
                .doesNotThrowAnyException();
    }

    @Test
    void rfc7677ScramSha256Example() throws SaslException {
        ScramMechanism scram = new ScramMechanism(ScramAlgorithm.SHA_256, USER_PENCIL, null, false,
                "rOprNGfwEbeRWgbNEkqO");

        assertThat(scram.name()).isEqualTo("SCRAM-SHA-256");
        assertThat(text(scram.initialResponse())).isEqualTo("n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
        assertThat(text(scram.evaluateChallenge(bytes(
                "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"))))
                .isEqualTo("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                        + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
        assertThatCode(() -> scram.verifySuccess(bytes("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=")))
                .doesNotThrowAnyException();
    }

    /**
     * draft-melnikov-scram-sha-512 publishes no example exchange, so this is the RFC 7677 exchange
     * with SHA-512 and 10000 iterations. The expected proof and signature were computed with Python's
     * hashlib.pbkdf2_hmac and hmac (which reproduce both RFC examples above) and are re-derived
     * here with the JDK's PBKDF2WithHmacSHA512, independently of {@link ScramAlgorithm#hi}.
     */
    @Test
    void scramSha512DerivedExample() throws SaslException {
        String clientFirstBare = "n=user,r=rOprNGfwEbeRWgbNEkqO";
        String serverFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=10000";
        String withoutProof = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
        String proof = "sScffJ11LZ4TfY4PVI/6/9rMIHpix12AijdjQOPWK26er2vRtW/osDSi/hegaCFWfI91sJZd0bevncVEhUg0wQ==";
        String signature = "RjtcFh+1kT0TmNH2klLiCXHiJLvMLwWuSSjecIns8FBSn0XXRb3iv2qU96STCkYC2Go0feONylPqhw46oweC5A==";
        IndependentScram.Result jdk = IndependentScram.compute(ScramAlgorithm.SHA_512, "pencil",
                Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ=="), 10000,
                clientFirstBare + "," + serverFirst + "," + withoutProof);
        assertThat(Base64.getEncoder().encodeToString(jdk.clientProof())).isEqualTo(proof);
        assertThat(Base64.getEncoder().encodeToString(jdk.serverSignature())).isEqualTo(signature);

        ScramMechanism scram = new ScramMechanism(ScramAlgorithm.SHA_512, USER_PENCIL, null, false,
                "rOprNGfwEbeRWgbNEkqO");
        assertThat(scram.name()).isEqualTo("SCRAM-SHA-512");
        assertThat(text(scram.initialResponse())).isEqualTo("n,," + clientFirstBare);
        assertThat(text(scram.evaluateChallenge(bytes(serverFirst)))).isEqualTo(withoutProof + ",p=" + proof);
        assertThatCode(() -> scram.verifySuccess(bytes("v=" + signature))).doesNotThrowAnyException();
    }
}
