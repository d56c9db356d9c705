package im.parley.xmpp.ext.register;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.session.StreamErrorException;
import im.parley.xmpp.stanza.StreamError;
import im.parley.xmpp.stanza.StreamErrorCondition;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** XEP-0077 §3.2: the server ends the stream with not-authorized once the account is removed. */
class RegistrationRemovalTest {
    @Test
    void theServersNotAuthorizedStreamErrorConfirmsTheRemoval() {
        StreamErrorException closed = new StreamErrorException(
                new StreamError(StreamErrorCondition.NOT_AUTHORIZED, "Account deleted", null), false);
        assertThat(InBandRegistration.removalConfirmed(
                new CompletionException(new NotConnectedException("connection lost", closed)))).isTrue();
    }

    @Test
    void anyOtherEndingIsAFailure() {
        assertThat(InBandRegistration.removalConfirmed(new NotConnectedException("connection lost"))).isFalse();
        assertThat(InBandRegistration.removalConfirmed(new NotConnectedException("connection lost",
                new StreamErrorException(new StreamError(StreamErrorCondition.CONFLICT, null, null), false)))).isFalse();
        assertThat(InBandRegistration.removalConfirmed(new NotConnectedException("connection lost",
                new StreamErrorException(new StreamError(StreamErrorCondition.NOT_AUTHORIZED, null, null), true))))
                .as("our own stream error says nothing of the server").isFalse();
    }
}
