package im.parley.xmpp.ext.avatar;

import static im.parley.xmpp.ext.pep.PayloadsInExamples.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** XEP-0084 examples 1, 3 to 5, 7 to 9, 10 and 11 (2 and 6 carry no avatar payload), and the size bound. */
class AvatarCodecsTest {
    private final AvatarDataCodec data = new AvatarDataCodec();
    private final AvatarMetadataCodec metadata = new AvatarMetadataCodec();

    @Test
    void dataRoundTrips() throws Exception {
        assertThat(roundTrip(data, Xep0084Examples.PUBLISHING_AVATAR_DATA_TO_DATA_NODE)).hasSize(1);
        assertThat(roundTrip(data, Xep0084Examples.PEP_SERVICE_RETURNS_AVATAR_DATA)).hasSize(1);
    }

    @Test
    void metadataRoundTrips() throws Exception {
        AvatarMetadata one = roundTrip(metadata, Xep0084Examples.PUBLISHING_AVATAR_METADATA).get(0);
        assertThat(one.inDataNode()).hasValueSatisfying(i -> {
            assertThat(i.id()).isEqualTo("111f4b3c50d7b0df729d299bc6f8e9ef9066971f");
            assertThat(i.bytes()).isEqualTo(12345);
            assertThat(i.type()).isEqualTo("image/png");
        });
        roundTrip(metadata, Xep0084Examples.PUBLISHING_AVATAR_METADATA_2);
        roundTrip(metadata, Xep0084Examples.SUBSCRIBERS_RECEIVE_AVATAR_METADATA_NOTIFICATION);
        assertThat(roundTrip(metadata, Xep0084Examples.TEMPORARILY_DISABLING_AVATAR_PUBLISHING))
                .allMatch(AvatarMetadata::isDisabled);
        assertThat(roundTrip(metadata, Xep0084Examples.SUBSCRIBERS_RECEIVE_AVATAR_METADATA_NOTIFICATION_2))
                .allMatch(AvatarMetadata::isDisabled);
        assertThat(roundTrip(metadata, Xep0084Examples.PUBLISHING_AVATAR_METADATA_MULTIPLE_FORMATS).get(0).infos())
                .hasSize(4);
        assertThat(roundTrip(metadata, Xep0084Examples.PUBLISHING_AVATAR_METADATA_WITH_POINTER).get(0).pointers())
                .hasSize(1);
    }

    @Test
    void dataOverTheBoundIsRefusedFromItsLength() throws Exception {
        String big = Base64.getEncoder().encodeToString(new byte[Avatars.MAX_BYTES + 3]);
        Decoded<AvatarData> decoded = data.decode(XepExamples.element(
                "<data xmlns='" + AvatarData.NAMESPACE + "'>" + big + "</data>"));
        assertThat(decoded).isInstanceOfSatisfying(Decoded.Malformed.class,
                m -> assertThat(m.condition()).isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE));
        String atBound = Base64.getEncoder().encodeToString(new byte[Avatars.MAX_BYTES]);
        assertThat(data.decode(XepExamples.element("<data xmlns='" + AvatarData.NAMESPACE + "'>" + atBound + "</data>"))
                .valueIfAny()).isPresent();
    }

    @Test
    void theIdIsTheHexSha1() {
        assertThat(Avatars.sha1("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
    }
}
