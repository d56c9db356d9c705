package im.parley.xmpp.ext.mood;

import static im.parley.xmpp.ext.pep.PayloadsInExamples.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.forms.RoundTrip;
import org.junit.jupiter.api.Test;

/** XEP-0107 examples 1 to 5, and the complete value list. */
class UserMoodCodecTest {
    private final UserMoodCodec codec = new UserMoodCodec();

    @Test
    void publishedAndDeliveredMood() throws Exception {
        UserMood annoyed = new UserMood(Mood.ANNOYED, "curse my nurse!");
        assertThat(roundTrip(codec, Xep0107Examples.USER_PUBLISHES_MOOD)).containsExactly(annoyed);
        assertThat(roundTrip(codec, Xep0107Examples.MOOD_IS_DELIVERED_TO_ALL_SUBSCRIBERS)).containsExactly(annoyed);
    }

    @Test
    void disabledMoodIsEmpty() throws Exception {
        assertThat(roundTrip(codec, Xep0107Examples.USER_DISABLES_PUBLISHING)).containsExactly(UserMood.cleared());
        assertThat(roundTrip(codec, Xep0107Examples.EMPTY_MOOD_INFORMATION_IS_DELIVERED_TO_ALL_SUBSCRIBERS))
                .containsExactly(UserMood.cleared());
    }

    @Test
    void moodInAMessage() throws Exception {
        assertThat(roundTrip(codec, Xep0107Examples.USER_PROVIDES_MOOD_IN_MESSAGE))
                .singleElement().satisfies(m -> assertThat(m.mood()).isEqualTo(Mood.SAD));
    }

    @Test
    void everyValueOfTheXepIsKnown() throws Exception {
        assertThat(Mood.values()).hasSize(84);
        for (Mood m : Mood.values()) {
            String xml = "<mood xmlns='" + UserMood.NAMESPACE + "'><" + m.wireName() + "/></mood>";
            assertThat(codec.decode(XepExamples.element(xml)).valueIfAny()).contains(new UserMood(m, null));
        }
    }

    @Test
    void anUnknownMoodIsUndefinedAndTwoAreMalformed() throws Exception {
        String later = "<mood xmlns='" + UserMood.NAMESPACE + "'><elated/><text>new</text></mood>";
        assertThat(codec.decode(XepExamples.element(later)).valueIfAny()).contains(new UserMood(Mood.UNDEFINED, "new"));
        assertThat(RoundTrip.malformedReason(codec, "<mood xmlns='" + UserMood.NAMESPACE + "'><happy/><sad/></mood>"))
                .contains("more than one");
    }
}
