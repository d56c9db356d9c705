package im.parley.xmpp.ext.tune;

import static im.parley.xmpp.ext.pep.PayloadsInExamples.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.forms.RoundTrip;
import org.junit.jupiter.api.Test;

/** XEP-0118 examples 1 to 4. */
class UserTuneCodecTest {
    private final UserTuneCodec codec = new UserTuneCodec();

    @Test
    void publishedAndDeliveredTune() throws Exception {
        UserTune yes = new UserTune("Yes", 686, 8, "Yessongs", "Heart of the Sunrise", "3",
                "http://www.yesworld.com/lyrics/Fragile.html#9");
        assertThat(roundTrip(codec, Xep0118Examples.USER_PUBLISHES_TUNE_INFORMATION)).containsExactly(yes);
        assertThat(roundTrip(codec, Xep0118Examples.TUNE_INFORMATION_IS_DELIVERED_TO_ALL_SUBSCRIBERS)).containsExactly(yes);
    }

    @Test
    void stoppedTuneIsEmpty() throws Exception {
        assertThat(roundTrip(codec, Xep0118Examples.USER_DISABLES_PUBLISHING)).containsExactly(UserTune.stopped());
        assertThat(roundTrip(codec, Xep0118Examples.EMPTY_TUNE_INFORMATION_IS_DELIVERED_TO_ALL_SUBSCRIBERS))
                .containsExactly(UserTune.stopped());
    }

    @Test
    void aRatingOutOfRangeIsMalformed() throws Exception {
        assertThat(RoundTrip.malformedReason(codec, "<tune xmlns='" + UserTune.NAMESPACE + "'><rating>11</rating></tune>"))
                .contains("rating");
    }
}
