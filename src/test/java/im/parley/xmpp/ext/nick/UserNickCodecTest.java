package im.parley.xmpp.ext.nick;

import static im.parley.xmpp.ext.pep.PayloadsInExamples.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** XEP-0172 examples 1 and 3 to 9 (2 has no nick). */
class UserNickCodecTest {
    private final UserNickCodec codec = new UserNickCodec();

    @Test
    void everyExampleNick() throws Exception {
        assertThat(roundTrip(codec, Xep0172Examples.A_NICKNAME)).containsExactly(new UserNick("Ishmael"));
        assertThat(roundTrip(codec, Xep0172Examples.INCLUDING_NICKNAME_WITH_SUBSCRIPTION_REQUEST)).hasSize(1);
        assertThat(roundTrip(codec, Xep0172Examples.INCLUDING_NICKNAME_WITH_FIRST_MESSAGE)).hasSize(1);
        UserNick published = roundTrip(codec, Xep0172Examples.USER_PUBLISHES_UPDATED_NICKNAME_TO_PEP_NODE).get(0);
        assertThat(published.isCleared()).isFalse();
        assertThat(roundTrip(codec, Xep0172Examples.PEP_NODE_GENERATES_NOTIFICATIONS)).allMatch(published::equals);
        assertThat(roundTrip(codec, Xep0172Examples.USER_PUBLISHES_UPDATED_NICKNAME_TO_PUBSUB_NODE)).hasSize(1);
        assertThat(roundTrip(codec, Xep0172Examples.PUBSUB_NODE_GENERATES_NOTIFICATIONS)).hasSize(1);
        assertThat(roundTrip(codec, Xep0172Examples.NICKNAME_CHANGE_NOTIFICATION_VIA_MESSAGE)).hasSize(1);
    }

    @Test
    void anEmptyNickClearsIt() throws Exception {
        assertThat(codec.decode(im.parley.xmpp.ext.XepExamples.element("<nick xmlns='" + Nick.NAMESPACE + "'/>"))
                .valueIfAny()).contains(UserNick.cleared());
        assertThat(codec.encode(UserNick.cleared()).elements()).isEmpty();
    }
}
