package im.parley.xmpp.ext.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import org.junit.jupiter.api.Test;

/** Which senders of an event notification are believed. */
class PubSubNotificationsTest {
    private static final Jid ACCOUNT = Jid.of("juliet@capulet.lit/balcony");

    @Test
    void aServiceOrAPepOwnerHostsNodes() {
        assertThat(PubSubNotifications.host(Jid.of("pubsub.shakespeare.lit"), ACCOUNT))
                .isEqualTo(Jid.of("pubsub.shakespeare.lit"));
        assertThat(PubSubNotifications.host(Jid.of("romeo@montague.lit"), ACCOUNT)).isEqualTo(Jid.of("romeo@montague.lit"));
    }

    @Test
    void noSenderIsTheAccountsOwnPepService() {
        assertThat(PubSubNotifications.host(null, ACCOUNT)).isEqualTo(Jid.of("juliet@capulet.lit"));
    }

    @Test
    void aFullJidIsAClientSpeakingForItself() {
        assertThat(PubSubNotifications.host(Jid.of("romeo@montague.lit/orchard"), ACCOUNT)).isNull();
        assertThat(PubSubNotifications.host(Jid.of("pubsub.shakespeare.lit/x"), ACCOUNT)).isNull();
    }
}
