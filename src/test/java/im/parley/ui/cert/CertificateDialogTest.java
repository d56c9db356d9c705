package im.parley.ui.cert;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.transport.CertificateProblem;
import im.parley.xmpp.transport.CertificateProblem.Reason;
import im.parley.xmpp.transport.TestCertificates;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the certificate dialog says is wrong, in words taken from the certificate. */
class CertificateDialogTest {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    @TempDir
    Path dir;

    @Test
    void namesTheAuthorityNobodyHereTrusts() throws Exception {
        TestCertificates certificates = new TestCertificates(dir);
        var authority = certificates.authority("Test XMPP CA");
        var leaf = certificates.issued("Test XMPP CA", "localhost", 30);
        assertThat(CertificateDialog.whatIsWrong(new CertificateProblem("localhost", List.of(leaf), Reason.UNTRUSTED_ISSUER,
                "x"), DATE)).isEqualTo("It is signed by \u201cTest XMPP CA\u201d, an authority this computer does not know.");
        assertThat(CertificateDialog.whatIsWrong(new CertificateProblem("localhost", List.of(leaf, authority),
                Reason.UNTRUSTED_ISSUER, "x"), DATE))
                .isEqualTo("It is signed by \u201cTest XMPP CA\u201d, an authority this computer does not trust.");
        var self = certificates.selfSigned("example.net");
        assertThat(CertificateDialog.whatIsWrong(new CertificateProblem("example.net", List.of(self), Reason.UNTRUSTED_ISSUER,
                "x"), DATE)).isEqualTo("It is self-signed: nobody else vouches for it.");
    }

    @Test
    void saysWhichNameTheCertificateWasMadeFor() throws Exception {
        var other = new TestCertificates(dir).selfSigned("other.example");
        assertThat(CertificateDialog.whatIsWrong(new CertificateProblem("localhost", List.of(other), Reason.NAME_MISMATCH,
                "x"), DATE)).isEqualTo("It was made for \u201cother.example\u201d, not for localhost.");
    }

    @Test
    void saysWhenAnExpiredCertificateStoppedBeingValid() throws Exception {
        TestCertificates certificates = new TestCertificates(dir);
        certificates.authority("ca");
        var expired = certificates.issued("ca", "old.example", -1);
        assertThat(CertificateDialog.whatIsWrong(new CertificateProblem("old.example", List.of(expired),
                Reason.EXPIRED_OR_INVALID, "x"), DATE))
                .isEqualTo("It expired on " + DATE.format(expired.getNotAfter().toInstant()) + ".");
    }

    @Test
    void theTechnicalDetailLosesItsJavaClassNames() {
        assertThat(CertificateDialog.technical("PKIX path building failed: sun.security.provider.certpath."
                + "SunCertPathBuilderException: unable to find valid certification path to requested target"))
                .isEqualTo("PKIX path building failed: unable to find valid certification path to requested target");
        assertThat(CertificateDialog.technical(null)).isEmpty();
    }
}
