package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.ui.SignInViewModel;
import org.junit.jupiter.api.Test;

/** The sign-in view-model against the real Prosody, whose certificate no system store trusts. */
class SignInIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void untrustedServerCertificateIsExplainedToTheUser() throws Exception {
        SignInViewModel model = new SignInViewModel(Runnable::run);
        model.jidProperty().set("alice@" + prosody.domain());
        model.passwordProperty().set("alicepass");
        model.hostProperty().set("127.0.0.1:" + prosody.c2sPort());

        model.signIn().get();

        assertThat(model.statusProperty().get()).contains("certificate refused").contains("UNTRUSTED_ISSUER");
        assertThat(model.busyProperty().get()).isFalse();
    }
}
