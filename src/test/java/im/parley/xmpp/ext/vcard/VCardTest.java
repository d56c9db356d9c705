package im.parley.xmpp.ext.vcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

class VCardTest {
    /** XEP-0054 Example 2, shortened to the fields that matter here. */
    private static final String STPETER = """
            <iq xmlns='jabber:client' id='v1' to='stpeter@jabber.org/roundabout' type='result'>
              <vCard xmlns='vcard-temp'>
                <FN>Peter Saint-Andre</FN>
                <N>
                  <FAMILY>Saint-Andre</FAMILY>
                  <GIVEN>Peter</GIVEN>
                  <MIDDLE/>
                </N>
                <NICKNAME>stpeter</NICKNAME>
                <URL>http://www.xmpp.org/xsf/people/stpeter.shtml</URL>
                <TEL><WORK/><VOICE/><NUMBER>303-308-3282</NUMBER></TEL>
                <JABBERID>stpeter@jabber.org</JABBERID>
                <DESC>
                  More information about me is located on my
                  personal website: http://www.saint-andre.com/
                </DESC>
              </vCard>
            </iq>""";

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void readsTheXepExampleAndKeepsEveryField() throws Exception {
        Iq iq = XepExamples.stanza(STPETER);
        VCard card = VCardManager.read(iq).orElseThrow();

        assertThat(card.fullName()).contains("Peter Saint-Andre");
        assertThat(card.nickname()).contains("stpeter");
        assertThat(card.photo()).isEmpty();
        assertThat(card.element().child("TEL", VCard.NAMESPACE)).isPresent();
        assertThat(VCard.fromXml(XepExamples.element(card.toXml().toString()))).isEqualTo(card);
    }

    @Test
    void anEmptyVCardOrNoneMeansNoVCard() throws Exception {
        assertThat(VCardManager.read(XepExamples.stanza(
                "<iq xmlns='jabber:client' id='v1' type='result'><vCard xmlns='vcard-temp'/></iq>"))).isEmpty();
        assertThat(VCardManager.read(XepExamples.stanza("<iq xmlns='jabber:client' id='v1' type='result'/>"))).isEmpty();
        assertThat(VCardManager.meansNoVCard(StanzaErrorCondition.ITEM_NOT_FOUND, false)).isTrue();
        assertThat(VCardManager.meansNoVCard(StanzaErrorCondition.SERVICE_UNAVAILABLE, true)).isTrue();
        assertThat(VCardManager.meansNoVCard(StanzaErrorCondition.SERVICE_UNAVAILABLE, false)).isFalse();
        assertThat(VCardManager.meansNoVCard(StanzaErrorCondition.FORBIDDEN, true)).isFalse();
    }

    @Test
    void photoRoundTripsAndTheOtherFieldsStayInPlace() throws Exception {
        VCard card = VCardManager.read(XepExamples.stanza(STPETER)).orElseThrow()
                .withPhoto(new Photo("image/png", PNG)).withNickname("peter").withFullName(null);

        VCard back = VCard.fromXml(XepExamples.element(card.toXml().toString()));
        assertThat(back.photo()).contains(new Photo("image/png", PNG));
        assertThat(back.nickname()).contains("peter");
        assertThat(back.fullName()).isEmpty();
        assertThat(back.element().elements().get(0).name()).isEqualTo("N");
        assertThat(back.element().children("NICKNAME", VCard.NAMESPACE)).hasSize(1);
        assertThat(back.withPhoto(null).photo()).isEmpty();
    }

    @Test
    void aFoldedBinvalIsReadAndABrokenOneIsIgnored() throws Exception {
        VCard folded = VCard.fromXml(XepExamples.element("""
                <vCard xmlns='vcard-temp'><PHOTO><TYPE> image/jpeg </TYPE><BINVAL>
                iVBORw0K
                GgoAAAAN
                </BINVAL></PHOTO></vCard>"""));
        assertThat(folded.photo()).hasValueSatisfying(p -> {
            assertThat(p.type()).isEqualTo("image/jpeg");
            assertThat(p.data()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        });
        assertThat(VCard.fromXml(XepExamples.element(
                "<vCard xmlns='vcard-temp'><PHOTO><TYPE>image/png</TYPE><BINVAL>*not base64*</BINVAL></PHOTO></vCard>"))
                .photo()).isEmpty();
        assertThat(VCard.fromXml(XepExamples.element(
                "<vCard xmlns='vcard-temp'><PHOTO><EXTVAL>https://example.org/me.png</EXTVAL></PHOTO></vCard>"))
                .photo()).isEmpty();
    }

    @Test
    void onlyAVcardTempVCardIsOne() {
        assertThatThrownBy(() -> VCard.fromXml(XmlElement.empty("vcard", "urn:ietf:params:xml:ns:vcard-4.0")))
                .isInstanceOf(PayloadFormatException.class).hasMessageContaining("vcard-temp");
        assertThatThrownBy(() -> new VCard(XmlElement.empty("vCard", "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void photoBytesAreCopied() {
        byte[] data = PNG.clone();
        Photo p = new Photo("image/png", data);
        data[0] = 0;
        p.data()[1] = 0;
        assertThat(p.data()).isEqualTo(PNG);
        assertThat(p.toString()).isEqualTo("Photo[image/png, 16 bytes]");
    }
}
