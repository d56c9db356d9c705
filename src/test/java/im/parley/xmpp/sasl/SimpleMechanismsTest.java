package im.parley.xmpp.sasl;

import static im.parley.xmpp.sasl.TestBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** PLAIN, EXTERNAL, ANONYMOUS, and the failure conditions of RFC 6120 §6.5. */
class SimpleMechanismsTest {

    @Test
    void plainWithoutAuthzid() throws SaslException {
        PlainMechanism plain = new PlainMechanism(new SaslCredentials("juliet", "pencil".toCharArray(), null));

        assertThat(plain.name()).isEqualTo("PLAIN");
        assertThat(plain.initialResponse()).isEqualTo(bytes("\0juliet\0pencil"));
    }

    @Test
    void plainWithAuthzidAndNonAscii() throws SaslException {
        PlainMechanism plain = new PlainMechanism(
                new SaslCredentials("jürgen", "pässwort".toCharArray(), "admin@example.com"));

        assertThat(plain.initialResponse()).isEqualTo(bytes("admin@example.com\0jürgen\0pässwort"));
    }

    @Test
    void plainRefusesNulInsideAField() {
        PlainMechanism plain = new PlainMechanism(new SaslCredentials("jul\0iet", "pencil".toCharArray(), null));

        assertThatThrownBy(plain::initialResponse).isInstanceOf(SaslException.class);
    }

    @Test
    void emptyChallengeAsksForTheInitialResponseAgain() throws SaslException {
        PlainMechanism plain = new PlainMechanism(new SaslCredentials("juliet", "pencil".toCharArray(), null));

        assertThat(plain.evaluateChallenge(new byte[0])).isEqualTo(bytes("\0juliet\0pencil"));
        assertThatThrownBy(() -> plain.evaluateChallenge(bytes("what?"))).isInstanceOf(SaslException.class);
    }

    @Test
    void externalSendsAuthzidOrNothing() {
        assertThat(new ExternalMechanism(null).initialResponse()).isEmpty();
        assertThat(new ExternalMechanism("juliet@example.com").initialResponse()).isEqualTo(bytes("juliet@example.com"));
        assertThat(new ExternalMechanism(null).name()).isEqualTo("EXTERNAL");
    }

    @Test
    void anonymousSendsAnEmptyResponse() {
        AnonymousMechanism anonymous = new AnonymousMechanism();

        assertThat(anonymous.name()).isEqualTo("ANONYMOUS");
        assertThat(anonymous.initialResponse()).isNotNull().isEmpty();
    }

    @Test
    void failureConditionsRoundTripThroughElementNames() {
        for (SaslFailureCondition condition : SaslFailureCondition.values()) {
            assertThat(SaslFailureCondition.fromElementName(condition.elementName())).contains(condition);
        }
        assertThat(SaslFailureCondition.TEMPORARY_AUTH_FAILURE.elementName()).isEqualTo("temporary-auth-failure");
        assertThat(SaslFailureCondition.fromElementName("bogus")).isEmpty();
    }

    @Test
    void credentialsDoNotPrintThePassword() {
        assertThat(new SaslCredentials("juliet", "pencil".toCharArray(), null).toString()).doesNotContain("pencil");
    }
}
