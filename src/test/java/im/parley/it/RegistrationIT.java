package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.register.InBandRegistration;
import im.parley.xmpp.sasl.SaslFailureCondition;
import im.parley.xmpp.session.AuthenticationException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** XEP-0077 against Prosody's open registration. */
class RegistrationIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void registerThenLogInThenChangePasswordThenCancel() throws Exception {
        String user = "new-" + UUID.randomUUID().toString().substring(0, 8);
        InBandRegistration.register(prosody.config(user, "first-secret").build(), Map.of());

        try (XmppClient client = new XmppClient(prosody.config(user, "first-secret").build())) {
            client.connect();
            assertThat(client.jid().local()).isEqualTo(user);
            InBandRegistration.changePassword(client, "second-secret".toCharArray()).get(20, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> new XmppClient(prosody.config(user, "first-secret").build()).connect())
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.condition()).isEqualTo(SaslFailureCondition.NOT_AUTHORIZED));

        try (XmppClient client = new XmppClient(prosody.config(user, "second-secret").build())) {
            client.connect();
            InBandRegistration.cancel(client).get(20, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> new XmppClient(prosody.config(user, "second-secret").build()).connect())
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void registeringAnExistingAccountIsAConflict() {
        assertThatThrownBy(() -> InBandRegistration.register(prosody.config("alice", "whatever").build(), Map.of()))
                .isInstanceOfSatisfying(StanzaErrorException.class,
                        e -> assertThat(e.condition()).isEqualTo(StanzaErrorCondition.CONFLICT));
    }
}
