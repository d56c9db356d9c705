package im.parley.xmpp.ext.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.FormType;
import im.parley.xmpp.ext.forms.RoundTrip;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** XEP-0158's examples, and ejabberd's real room challenge, through the CAPTCHA codec and challenge. */
class Xep0158ExamplesTest {
    private static final CaptchaCodec CODEC = new CaptchaCodec();
    private static final Jid ROOM = Jid.of("capt1@conference.localhost");

    private static Message message(String xml) throws Exception {
        return XepExamples.stanza(xml.replaceFirst("<message", "<message xmlns='jabber:client'"));
    }

    @Test
    void theChallengeAndTheResponseRoundTrip() throws Exception {
        Captcha challenge = RoundTrip.of(CODEC, XepExamples.element(Xep0158Examples.CHALLENGE)
                .child("captcha", Captcha.NAMESPACE).orElseThrow());
        assertThat(challenge.form().type()).isEqualTo(FormType.FORM);
        assertThat(challenge.form().field("ocr").orElseThrow().media()).singleElement()
                .satisfies(m -> assertThat(m.uris()).hasSize(2));
        Captcha response = RoundTrip.of(CODEC, XepExamples.element(Xep0158Examples.RESPONSE)
                .child("captcha", Captcha.NAMESPACE).orElseThrow());
        assertThat(response.form().field("ocr").flatMap(FormField::value)).contains("7nHL3");
        assertThat(RoundTrip.malformedReason(CODEC, "<captcha xmlns='urn:xmpp:captcha'><x xmlns='jabber:x:data' "
                + "type='form'><field var='FORM_TYPE' type='hidden'><value>urn:xmpp:other</value></field></x></captcha>"))
                .contains("FORM_TYPE");
    }

    @Test
    void theXepsChallengeIsReadWithItsUrlButNoMediaItCarriesNot() throws Exception {
        CaptchaChallenge c = CaptchaChallenge.of(message(Xep0158Examples.CHALLENGE)).orElseThrow();
        assertThat(c.id()).isEqualTo("F3A6292C");
        assertThat(c.url()).isEqualTo("http://www.victim.com/challenge.html?F3A6292C");
        assertThat(c.media()).isEmpty();
        assertThat(c.challenges(Jid.of("innocent@victim.com"), "spam1")).isTrue();
        assertThat(c.challenges(Jid.of("innocent@victim.com"), "another")).as("not our stanza").isFalse();
        assertThat(c.challenges(Jid.of("someone@victim.com"), "spam1")).isFalse();
    }

    @Test
    void ejabberdsRoomChallengeCarriesItsImageAndIsAnsweredWithTheForm() throws Exception {
        CaptchaChallenge c = CaptchaChallenge.of(message(Xep0158Examples.EJABBERD_ROOM_CHALLENGE)).orElseThrow();
        assertThat(c.challenger()).isEqualTo(ROOM);
        assertThat(c.challenges(ROOM.withResource("bob"), "ecd221df4b734ff486d483088e50b11a")).isTrue();
        assertThat(c.challenges(ROOM.withResource("alice"), "ecd221df4b734ff486d483088e50b11a")).isFalse();
        assertThat(c.media()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo("image/png");
            assertThat(d.isVerified()).isTrue();
            assertThat(new String(d.bytes(), StandardCharsets.ISO_8859_1)).contains("captcha\u0000747124");
        });

        Iq answer = c.answer(Map.of("ocr", List.of("747124")));
        assertThat(answer.type()).isEqualTo(Iq.Type.SET);
        assertThat(answer.to()).isEqualTo(ROOM);
        Captcha submitted = CODEC.decode(answer.query().orElseThrow()).valueIfAny().orElseThrow();
        assertThat(submitted.form().type()).isEqualTo(FormType.SUBMIT);
        assertThat(submitted.form().fields()).extracting(FormField::var)
                .containsExactly("FORM_TYPE", "from", "challenge", "sid", "ocr");
        assertThat(submitted.form().field("challenge").flatMap(FormField::value)).contains("10384398874246515841");
        assertThatThrownBy(() -> c.answer(Map.of())).as("the answer is required").isInstanceOf(IllegalArgumentException.class);
    }
}
