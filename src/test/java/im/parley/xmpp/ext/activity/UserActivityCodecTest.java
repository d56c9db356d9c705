package im.parley.xmpp.ext.activity;

import static im.parley.xmpp.ext.pep.PayloadsInExamples.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.XepExamples;
import org.junit.jupiter.api.Test;

/** XEP-0108 examples 1 to 4, and the complete lists. */
class UserActivityCodecTest {
    private final UserActivityCodec codec = new UserActivityCodec();

    @Test
    void publishedAndDeliveredActivity() throws Exception {
        UserActivity partying = new UserActivity(GeneralActivity.RELAXING, SpecificActivity.PARTYING,
                "My nurse's birthday!");
        assertThat(roundTrip(codec, Xep0108Examples.USER_PUBLISHES_ACTIVITY)).containsExactly(partying);
        assertThat(roundTrip(codec, Xep0108Examples.ACTIVITY_IS_DELIVERED_TO_ALL_SUBSCRIBERS)).containsExactly(partying);
    }

    @Test
    void disabledActivityIsEmpty() throws Exception {
        assertThat(roundTrip(codec, Xep0108Examples.USER_DISABLES_PUBLISHING)).containsExactly(UserActivity.cleared());
        assertThat(roundTrip(codec, Xep0108Examples.EMPTY_ACTIVITY_INFORMATION_IS_DELIVERED_TO_ALL_SUBSCRIBERS))
                .containsExactly(UserActivity.cleared());
    }

    @Test
    void everyValueOfTheXepIsKnown() throws Exception {
        assertThat(GeneralActivity.values()).hasSize(12);
        assertThat(SpecificActivity.values()).hasSize(67);
        for (GeneralActivity g : GeneralActivity.values()) {
            for (SpecificActivity s : SpecificActivity.values()) {
                String xml = "<activity xmlns='" + UserActivity.NAMESPACE + "'><" + g.wireName() + "><" + s.wireName()
                        + "/></" + g.wireName() + "></activity>";
                assertThat(codec.decode(XepExamples.element(xml)).valueIfAny()).contains(new UserActivity(g, s, null));
            }
        }
    }
}
