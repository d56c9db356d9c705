package im.parley.xmpp.sasl;

import static im.parley.xmpp.sasl.TestBytes.bytes;
import static im.parley.xmpp.sasl.TestBytes.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScramMechanismTest {

    private static final String NONCE = "fyko+d2lbbFgONRv9qkxdawL";
    private static final String SERVER_FIRST =
            "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
    private static final SaslCredentials USER_PENCIL = new SaslCredentials("user", "pencil".toCharArray(), null);

    private static ScramMechanism rfc5802Client() {
        ScramMechanism scram = new ScramMechanism(ScramAlgorithm.SHA_1, USER_PENCIL, null, false, NONCE);
        scram.initialResponse();
        return scram;
    }

    @Test
    void wrongServerSignatureIsRejected() throws SaslException {
        ScramMechanism scram = rfc5802Client();
        scram.evaluateChallenge(bytes(SERVER_FIRST));

        assertThatThrownBy(() -> scram.verifySuccess(bytes("v=AAAAAAAAAAAAAAAAAAAAAAAAAAA=")))
                .isInstanceOf(SaslException.class)
                .hasMessageContaining("signature mismatch");
    }

    @Test
    void successWithoutServerSignatureIsRejected() throws SaslException {
        ScramMechanism scram = rfc5802Client();
        scram.evaluateChallenge(bytes(SERVER_FIRST));

        assertThatThrownBy(() -> scram.verifySuccess(null)).isInstanceOf(SaslException.class)
                .hasMessageContaining("without proving");
    }

    @Test
    void successBeforeTheExchangeIsRejected() {
        ScramMechanism scram = rfc5802Client();

        assertThatThrownBy(() -> scram.verifySuccess(new byte[0])).isInstanceOf(SaslException.class);
    }

    @Test
    void serverSignatureMayArriveAsFinalChallenge() throws SaslException {
        ScramMechanism scram = rfc5802Client();
        scram.evaluateChallenge(bytes(SERVER_FIRST));

        assertThat(scram.evaluateChallenge(bytes("v=rmF9pqV8S7suAoZWja4dJRkFsKQ="))).isEmpty();
        assertThatCode(() -> scram.verifySuccess(new byte[0])).doesNotThrowAnyException();
    }

    @Test
    void serverErrorIsReported() throws SaslException {
        ScramMechanism scram = rfc5802Client();
        scram.evaluateChallenge(bytes(SERVER_FIRST));

        assertThatThrownBy(() -> scram.verifySuccess(bytes("e=invalid-proof")))
                .isInstanceOf(SaslException.class)
                .hasMessageContaining("invalid-proof");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "r=someoneElsesNonce3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
        "r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096",
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=1",
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=4095",
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=10000001",
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=99999999999",
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=-4096",
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=not*base64,i=4096",
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=,i=4096",
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,i=4096",
        "m=must-understand,r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=4096",
        "e=unknown-user",
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=4096,",
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,r=fyko+d2lbbFgONRv9qkxdawLabc,s=QSXCR+Q6sek8bf92,i=4096",
        ""
    })
    void unacceptableServerFirstIsRejected(String serverFirst) {
        ScramMechanism scram = rfc5802Client();

        assertThatThrownBy(() -> scram.evaluateChallenge(bytes(serverFirst))).isInstanceOf(SaslException.class);
    }

    @Test
    void rejectionMessagesSayWhy() {
        assertThatThrownBy(() -> rfc5802Client().evaluateChallenge(bytes(
                "r=other3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096")))
                .hasMessageContaining("nonce");
        assertThatThrownBy(() -> rfc5802Client().evaluateChallenge(bytes(
                "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=1")))
                .hasMessageContaining("too weak");
        assertThatThrownBy(() -> rfc5802Client().evaluateChallenge(bytes(
                "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=10000001")))
                .hasMessageContaining("excessive");
        assertThatThrownBy(() -> rfc5802Client().evaluateChallenge(bytes(
                "m=ext,r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=4096")))
                .hasMessageContaining("extension");
    }

    @Test
    void unknownOptionalExtensionsAreIgnored() {
        assertThatCode(() -> rfc5802Client().evaluateChallenge(bytes(SERVER_FIRST + ",x=whatever")))
                .doesNotThrowAnyException();
    }

    @Test
    void aFailedExchangeCannotContinue() {
        ScramMechanism scram = rfc5802Client();
        assertThatThrownBy(() -> scram.evaluateChallenge(bytes("e=other-error"))).isInstanceOf(SaslException.class);

        assertThatThrownBy(() -> scram.evaluateChallenge(bytes(SERVER_FIRST))).isInstanceOf(SaslException.class);
        assertThatThrownBy(() -> scram.verifySuccess(bytes("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=")))
                .isInstanceOf(SaslException.class);
    }

    @Test
    void usernameAndAuthzidAreEscaped() {
        SaslCredentials credentials = new SaslCredentials("a,b=c", "pencil".toCharArray(), "admin=x,y@example.com");
        ScramMechanism scram = new ScramMechanism(ScramAlgorithm.SHA_256, credentials, null, false, NONCE);

        assertThat(text(scram.initialResponse()))
                .isEqualTo("n,a=admin=3Dx=2Cy@example.com,n=a=2Cb=3Dc,r=" + NONCE);
    }

    @Test
    void generatedNoncesAreLongAndFresh() {
        String first = text(ScramMechanism.unbound(ScramAlgorithm.SHA_1, USER_PENCIL, false).initialResponse());
        String second = text(ScramMechanism.unbound(ScramAlgorithm.SHA_1, USER_PENCIL, false).initialResponse());
        String nonce = first.substring(first.indexOf(",r=") + 3);

        assertThat(nonce).hasSizeGreaterThanOrEqualTo(24).doesNotContain(",");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void clientThatCouldBindSaysSoWithY() {
        ScramMechanism scram = ScramMechanism.unbound(ScramAlgorithm.SHA_256, USER_PENCIL, true);

        assertThat(scram.name()).isEqualTo("SCRAM-SHA-256");
        assertThat(text(scram.initialResponse())).startsWith("y,,n=user,r=");
    }

    @Test
    void plusBindsTheGs2HeaderAndChannelData() throws SaslException {
        byte[] endPoint = {1, 2, 3, (byte) 0xfe, (byte) 0xff};
        ChannelBinding binding = new ChannelBinding("tls-server-end-point", endPoint);
        ScramMechanism scram = new ScramMechanism(ScramAlgorithm.SHA_1, USER_PENCIL, binding, false, NONCE);
        TestScramServer server = new TestScramServer(ScramAlgorithm.SHA_1, "pencil", bytes("salty"), 4096);

        assertThat(scram.name()).isEqualTo("SCRAM-SHA-1-PLUS");
        byte[] clientFirst = scram.initialResponse();
        assertThat(text(clientFirst)).isEqualTo("p=tls-server-end-point,,n=user,r=" + NONCE);
        String clientFinal = text(scram.evaluateChallenge(server.serverFirst(clientFirst)));

        byte[] header = "p=tls-server-end-point,,".getBytes(StandardCharsets.US_ASCII);
        byte[] expected = new byte[header.length + endPoint.length];
        System.arraycopy(header, 0, expected, 0, header.length);
        System.arraycopy(endPoint, 0, expected, header.length, endPoint.length);
        assertThat(clientFinal).startsWith("c=" + Base64.getEncoder().encodeToString(expected) + ",r=");
        byte[] serverFinal = server.serverFinal(bytes(clientFinal));
        assertThatCode(() -> scram.verifySuccess(serverFinal)).doesNotThrowAnyException();
    }

    @Test
    void scramSha512PlusWithAuthzidCompletesAgainstIndependentServer() throws SaslException {
        SaslCredentials credentials = new SaslCredentials("juliet", "r0m30myr0m30".toCharArray(),
                "juliet@capulet.example");
        ScramMechanism scram = ScramMechanism.plus(ScramAlgorithm.SHA_512, credentials,
                new ChannelBinding("tls-exporter", new byte[32]));
        TestScramServer server = new TestScramServer(ScramAlgorithm.SHA_512, "r0m30myr0m30", randomSalt(), 4096);

        byte[] clientFirst = scram.initialResponse();
        assertThat(text(clientFirst)).startsWith("p=tls-exporter,a=juliet@capulet.example,n=juliet,r=");
        byte[] serverFinal = server.serverFinal(scram.evaluateChallenge(server.serverFirst(clientFirst)));

        assertThatCode(() -> scram.verifySuccess(serverFinal)).doesNotThrowAnyException();
    }

    @Test
    void passwordIsPreparedAsOpaqueString() throws SaslException {
        // OpaqueString maps the no-break space to an ASCII space (RFC 8265 §4.2.2).
        SaslCredentials typed = new SaslCredentials("user", "pen\u00A0cil".toCharArray(), null);
        SaslCredentials prepared = new SaslCredentials("user", "pen cil".toCharArray(), null);

        assertThat(clientFinalFor(typed)).isEqualTo(clientFinalFor(prepared));
    }

    @Test
    void emptyPasswordIsRefusedLocally() {
        SaslCredentials empty = new SaslCredentials("user", new char[0], null);

        assertThatThrownBy(() -> clientFinalFor(empty)).isInstanceOf(SaslException.class)
                .hasMessageContaining("OpaqueString");
    }

    @Test
    void secondIdenticalRunSkipsPbkdf2() throws SaslException {
        byte[] salt = randomSalt(); // unseen by other tests, so the first run must derive
        long before = SaltedPasswordCache.derivations();

        runExchange(ScramAlgorithm.SHA_256, "pencil", salt);
        assertThat(SaltedPasswordCache.derivations()).isEqualTo(before + 1);
        runExchange(ScramAlgorithm.SHA_256, "pencil", salt);
        assertThat(SaltedPasswordCache.derivations()).isEqualTo(before + 1);
        runExchange(ScramAlgorithm.SHA_256, "pencil2", salt);
        runExchange(ScramAlgorithm.SHA_512, "pencil", salt);
        assertThat(SaltedPasswordCache.derivations()).isEqualTo(before + 3);
    }

    private static void runExchange(ScramAlgorithm algorithm, String password, byte[] salt) throws SaslException {
        ScramMechanism scram = ScramMechanism.unbound(algorithm,
                new SaslCredentials("user", password.toCharArray(), null), false);
        TestScramServer server = new TestScramServer(algorithm, password, salt, 4096);
        byte[] serverFinal = server.serverFinal(scram.evaluateChallenge(server.serverFirst(scram.initialResponse())));
        scram.verifySuccess(serverFinal);
    }

    private static String clientFinalFor(SaslCredentials credentials) throws SaslException {
        ScramMechanism scram = new ScramMechanism(ScramAlgorithm.SHA_1, credentials, null, false, NONCE);
        scram.initialResponse();
        return text(scram.evaluateChallenge(bytes(SERVER_FIRST)));
    }

    private static byte[] randomSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }
}
