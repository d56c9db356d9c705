package im.parley.xmpp.ext.jingle.dtls;

import static im.parley.xmpp.ext.XepExamples.element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jingle.dtls.DtlsFingerprint.Setup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XEP-0320 §2: the fingerprint element; its use inside transports is tested with them. */
class DtlsFingerprintTest {
    private static final String SHA256 =
            "02:1A:CC:54:27:AB:EB:9C:53:3F:3E:4B:65:2E:7D:46:3F:54:42:CD:54:F1:7A:03:A2:7D:F9:B0:7F:46:19:B2";

    @Test
    void readsTheExampleWithoutItsWhitespace() throws Exception {
        DtlsFingerprint fp = DtlsFingerprint.fromXml(element("""
                <fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256' setup='actpass'>
                  02:1A:CC:54:27:AB:EB:9C:53:3F:3E:4B:65:2E:7D:46:3F:54:42:CD:54:F1:7A:03:A2:7D:F9:B0:7F:46:19:B2
                </fingerprint>"""));

        assertThat(fp).isEqualTo(new DtlsFingerprint("sha-256", Setup.ACTPASS, SHA256));
        assertThat(DtlsFingerprint.fromXml(fp.toXml())).isEqualTo(fp);
        assertThat(fp.toXml().text()).as("sent without the example's whitespace").isEqualTo(SHA256);
        assertThat(DtlsFingerprint.fromXml(new DtlsFingerprint("sha-1", Setup.PASSIVE, "ab:cd").toXml()).setup())
                .isEqualTo(Setup.PASSIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' setup='active'>AB:CD</fingerprint>",
        "<fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256'>AB:CD</fingerprint>",
        "<fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256' setup='holdconn'>AB:CD</fingerprint>",
        "<fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256' setup='active'/>",
        "<fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256' setup='active'>AB:CD:G1</fingerprint>",
        "<fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256' setup='active'>ABCD</fingerprint>",
        "<fingerprint xmlns='urn:xmpp:jingle:apps:dtls:1' hash='sha-256' setup='active'>AB:CD</fingerprint>",
    })
    void malformedFingerprintsAreRefused(String xml) {
        assertThatThrownBy(() -> DtlsFingerprint.fromXml(element(xml))).isInstanceOf(PayloadFormatException.class);
    }
}
