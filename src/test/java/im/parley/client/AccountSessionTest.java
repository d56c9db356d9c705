package im.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.blocking.BlockingManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a session owns once: the faces ask it instead of making their own managers. */
class AccountSessionTest {
    private final AccountSession session = new AccountSession(ClientConfig.builder(Jid.of("juliet@capulet.lit/balcony"))
            .password("x".toCharArray()).build());

    @AfterEach
    void close() {
        session.client().close();
    }

    @Test
    void theSessionHasOneBlockListForEveryCaller() {
        assertThat(session.blocking()).isSameAs(session.blocking());
    }

    /** Why the faces may not build their own: the session's block list already answers the server's pushes. */
    @Test
    void aSecondBlockListOnTheSameSessionIsRefused() {
        assertThatThrownBy(() -> new BlockingManager(session.client())).isInstanceOf(IllegalStateException.class);
    }
}
