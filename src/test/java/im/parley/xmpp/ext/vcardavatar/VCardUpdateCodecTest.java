package im.parley.xmpp.ext.vcardavatar;

import static im.parley.xmpp.ext.pep.PayloadsInExamples.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.forms.RoundTrip;
import org.junit.jupiter.api.Test;

/** XEP-0153 examples 3, 6 and 7: a hash, not ready, no image. */
class VCardUpdateCodecTest {
    private final VCardUpdateCodec codec = new VCardUpdateCodec();

    @Test
    void hashInPresence() throws Exception {
        assertThat(roundTrip(codec, Xep0153Examples.USERS_CLIENT_INCLUDES_AVATAR_HASH_IN_PRESENCE_BROADCAST))
                .containsExactly(new VCardUpdate("01b87fcd030b72895ff8e88db57ec525450f000d"));
    }

    @Test
    void notReadyAndNoImage() throws Exception {
        assertThat(roundTrip(codec, Xep0153Examples.USER_IS_NOT_READY_TO_ADVERTISE_AN_IMAGE))
                .singleElement().satisfies(u -> assertThat(u.notReady()).isTrue());
        assertThat(roundTrip(codec, Xep0153Examples.NO_IMAGE_TO_BE_ADVERTISED))
                .singleElement().satisfies(u -> assertThat(u.hasNoImage()).isTrue());
    }

    @Test
    void aPhotoThatIsNoSha1IsMalformed() throws Exception {
        assertThat(RoundTrip.malformedReason(codec,
                "<x xmlns='vcard-temp:x:update'><photo>not-a-hash</photo></x>")).contains("SHA-1");
    }
}
