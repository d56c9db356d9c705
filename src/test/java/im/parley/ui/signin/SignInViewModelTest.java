package im.parley.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.AccountSettings;
import im.parley.xmpp.session.AuthenticationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The sign-in view-model without a toolkit: the UI executor runs tasks in place. */
class SignInViewModelTest {
    private final List<AccountSettings> attempts = new ArrayList<>();
    private CompletableFuture<Object> answer = CompletableFuture.completedFuture(null);
    private final SignInViewModel model = new SignInViewModel(Runnable::run, (settings, password) -> {
        attempts.add(settings);
        return answer;
    });

    @Test
    void anInvalidAddressIsExplainedWithoutConnecting() {
        model.jidProperty().set("not an address@example.org");
        model.passwordProperty().set("x");

        assertThat(model.signIn().join()).isFalse();

        assertThat(model.statusProperty().get()).startsWith("“not an address@example.org” is not an address");
        assertThat(attempts).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void anAddressWithoutANameOrAPasswordIsRefusedPolitely() {
        model.jidProperty().set("example.org");
        model.passwordProperty().set("x");
        model.signIn().join();
        assertThat(model.statusProperty().get()).contains("name before the @");

        model.jidProperty().set("me@example.org");
        model.passwordProperty().set("");
        model.signIn().join();
        assertThat(model.statusProperty().get()).isEqualTo("Enter the password of me@example.org.");
        assertThat(attempts).isEmpty();
    }

    @Test
    void aBadPortOrBoshAddressIsReportedWithoutConnecting() {
        model.jidProperty().set("me@example.org");
        model.passwordProperty().set("x");
        model.portProperty().set("notaport");
        model.signIn().join();
        assertThat(model.statusProperty().get()).contains("notaport");

        model.portProperty().set("");
        model.boshProperty().set("http://example.org/bosh");
        model.signIn().join();
        assertThat(model.statusProperty().get()).contains("https://");
        assertThat(attempts).isEmpty();
    }

    @Test
    void theAdvancedFieldsBecomeTheSettings() {
        model.jidProperty().set(" Me@Example.org ");
        model.passwordProperty().set("secret");
        model.hostProperty().set("127.0.0.1");
        model.portProperty().set("5999");
        model.directTlsProperty().set(true);
        model.boshProperty().set("https://example.org/http-bind");
        model.rememberProperty().set(false);

        assertThat(model.signIn().join()).isTrue();

        AccountSettings s = attempts.get(0);
        assertThat(s.jid().toString()).isEqualTo("me@example.org");
        assertThat(s.host()).isEqualTo("127.0.0.1");
        assertThat(s.port()).isEqualTo(5999);
        assertThat(s.directTls()).isTrue();
        assertThat(s.bosh()).isEqualTo(URI.create("https://example.org/http-bind"));
        assertThat(s.rememberPassword()).isFalse();
        assertThat(model.passwordProperty().get()).as("not kept in the form").isEmpty();
    }

    @Test
    void aRefusedPasswordBecomesASentenceWithTheDetailBehind() {
        answer = CompletableFuture.failedFuture(new AuthenticationException("not-authorized", null));
        model.jidProperty().set("me@example.org");
        model.passwordProperty().set("wrong");

        assertThat(model.signIn().join()).isFalse();

        assertThat(model.statusProperty().get()).isEqualTo("The server did not accept this address and password.");
        assertThat(model.detailProperty().get()).contains("AuthenticationException").contains("not-authorized");
        assertThat(model.busyProperty().get()).isFalse();
    }
}
