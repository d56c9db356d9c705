package im.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sign-in view-model without a toolkit: the UI executor runs tasks in place. */
class SignInViewModelTest {
    private final SignInViewModel model = new SignInViewModel(Runnable::run);

    @Test
    void invalidAddressIsReportedWithoutConnecting() {
        model.jidProperty().set("not an address@example.org");
        model.passwordProperty().set("x");

        model.signIn().join();

        assertThat(model.statusProperty().get()).containsIgnoringCase("localpart");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void badPortIsReportedWithoutConnecting() {
        model.jidProperty().set("me@example.org");
        model.hostProperty().set("127.0.0.1:notaport");

        model.signIn().join();

        assertThat(model.statusProperty().get()).contains("notaport");
        assertThat(model.busyProperty().get()).isFalse();
    }
}
