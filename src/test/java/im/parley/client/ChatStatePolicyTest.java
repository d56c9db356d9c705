package im.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.jid.Jid;
import org.junit.jupiter.api.Test;

/** When the user's chat states may go to a contact (XEP-0085 §5.1, and {@code <gone/>}). */
class ChatStatePolicyTest {
    private static final Jid JULIET = Jid.of("juliet@capulet.lit");
    private final ChatStatePolicy policy = new ChatStatePolicy(2);

    @Test
    void aContactNotHeardFromYetOrUsingStatesMayBeTold() {
        assertThat(policy.maySend(JULIET)).isTrue();
        policy.messageReceived(JULIET.withResource("balcony"), true);
        assertThat(policy.maySend(JULIET)).isTrue();
    }

    @Test
    void aReplyWithoutAnyStateStopsThemUntilTheContactSendsOne() {
        policy.messageReceived(JULIET.withResource("balcony"), false);
        assertThat(policy.maySend(JULIET)).as("§5.1 MUST NOT").isFalse();
        policy.chatStateReceived(JULIET.withResource("balcony"), ChatState.COMPOSING);
        assertThat(policy.maySend(JULIET)).isTrue();
    }

    @Test
    void aContactWhoWentIsToldNothingUntilTheyComeBack() {
        policy.chatStateReceived(JULIET.withResource("balcony"), ChatState.GONE);
        assertThat(policy.maySend(JULIET)).isFalse();
        policy.messageReceived(JULIET.withResource("balcony"), true);
        assertThat(policy.maySend(JULIET)).isTrue();
    }

    @Test
    void onlyTheMostRecentlyHeardContactsAreRemembered() {
        policy.messageReceived(JULIET, false);
        policy.messageReceived(Jid.of("nurse@capulet.lit"), false);
        policy.messageReceived(Jid.of("tybalt@capulet.lit"), false);
        assertThat(policy.maySend(JULIET)).as("forgotten, so unknown again").isTrue();
    }
}
