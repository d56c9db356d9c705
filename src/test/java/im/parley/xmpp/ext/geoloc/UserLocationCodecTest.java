package im.parley.xmpp.ext.geoloc;

import static im.parley.xmpp.ext.pep.PayloadsInExamples.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.forms.RoundTrip;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** XEP-0080 examples 1 to 4. */
class UserLocationCodecTest {
    private final UserLocationCodec codec = new UserLocationCodec();

    @Test
    void publishedAndDeliveredLocation() throws Exception {
        UserLocation venice = roundTrip(codec, Xep0080Examples.ENTITY_PUBLISHES_LOCATION).get(0);
        assertThat(venice.lat()).contains(new BigDecimal("45.44"));
        assertThat(venice.lon()).contains(new BigDecimal("12.33"));
        assertThat(venice.field("locality")).contains("Venice");
        assertThat(venice.lang()).isEqualTo("en");
        assertThat(roundTrip(codec, Xep0080Examples.SUBSCRIBER_RECEIVES_EVENT_WITH_PAYLOAD)).containsExactly(venice);
    }

    @Test
    void stoppedLocationIsEmpty() throws Exception {
        assertThat(roundTrip(codec, Xep0080Examples.USER_STOPS_PUBLISHING_GEOLOCATION_INFORMATION))
                .allMatch(UserLocation::isStopped);
        assertThat(roundTrip(codec, Xep0080Examples.SUBSCRIBER_RECEIVES_EMPTY_EVENT)).allMatch(UserLocation::isStopped);
    }

    @Test
    void aDecimalThatIsNotOneIsMalformed() throws Exception {
        assertThat(RoundTrip.malformedReason(codec, "<geoloc xmlns='" + UserLocation.NAMESPACE + "'><lat>north</lat></geoloc>"))
                .contains("lat");
    }
}
