package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.ui.forms.FieldModel;
import im.parley.ui.forms.FormViewModel;
import im.parley.ui.registration.RegistrationView;
import im.parley.ui.registration.RegistrationViewModel;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * XEP-0077 §3.1 and §6 through the registration view-model against Prosody's open registration:
 * its data form fetched, filled through the form renderer's model, submitted on the same stream.
 */
class RegistrationFormIT {
    private final TestServer prosody = TestServer.prosody();
    private final AtomicReference<Jid> registered = new AtomicReference<>();
    private final AtomicReference<char[]> password = new AtomicReference<>();

    private RegistrationViewModel model(java.util.concurrent.Executor ui) {
        RegistrationViewModel model = new RegistrationViewModel(c -> prosody.config(c.domain(), "unused").build(), ui,
                (jid, pw) -> {
                    registered.set(jid);
                    password.set(pw);
                });
        model.domainProperty().set(prosody.domain());
        return model;
    }

    @Test
    void fetchFillRegisterThenSignIn() throws Exception {
        RegistrationViewModel model = model(Runnable::run);
        model.fetchForm().get(30, TimeUnit.SECONDS);
        FormViewModel form = model.formProperty().get();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(form).isNotNull();
        assertThat(form.fields()).extracting(FieldModel::var).contains("FORM_TYPE", "username", "password");

        String user = "form-" + UUID.randomUUID().toString().substring(0, 8);
        form.field("username").orElseThrow().textProperty().set(user);
        form.field("password").orElseThrow().textProperty().set("form-secret");
        model.submit().get(30, TimeUnit.SECONDS);

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(registered.get()).isEqualTo(prosody.jid(user));
        assertThat(password.get()).containsExactly("form-secret".toCharArray());
        try (AccountSession session = new AccountSession(prosody.config(registered.get(), "form-secret").build())) {
            session.connect();
            assertThat(session.jid().bare()).isEqualTo(prosody.jid(user));
        }
    }

    @Test
    void aTakenUsernameIsSaidInWordsAndTheFormStaysToTryAgain() throws Exception {
        RegistrationViewModel model = model(Runnable::run);
        model.fetchForm().get(30, TimeUnit.SECONDS);
        FormViewModel form = model.formProperty().get();
        form.field("username").orElseThrow().textProperty().set("alice");
        form.field("password").orElseThrow().textProperty().set("whatever");

        model.submit().get(30, TimeUnit.SECONDS);

        assertThat(model.errorProperty().get()).startsWith("That username is already taken.");
        assertThat(registered.get()).isNull();

        String user = "retry-" + UUID.randomUUID().toString().substring(0, 8);
        form.field("username").orElseThrow().textProperty().set(user);
        model.submit().get(30, TimeUnit.SECONDS);
        assertThat(registered.get()).isEqualTo(prosody.jid(user));
    }

    /** The view with Prosody's form and a field left blank, as a picture to look at (/tmp/forms-shot.png). */
    @Test
    void theRenderedFormWithAProblemIsWrittenAsAPicture() throws Exception {
        FxToolkit.registerPrimaryStage();
        RegistrationViewModel model = model(Platform::runLater);
        AtomicReference<Stage> stage = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Stage s = new Stage();
            s.setScene(new Scene(new RegistrationView(model).root(), 480, 520));
            s.show();
            stage.set(s);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(model::fetchForm).get(10, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.formProperty().get() != null);
        CompletableFuture<Void> submitted = WaitForAsyncUtils.asyncFx(() -> {
            model.formProperty().get().field("username").orElseThrow().textProperty().set("juliet");
            return model.submit();
        }).get(10, TimeUnit.SECONDS);
        submitted.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.errorProperty().get()).isEqualTo("One field needs your attention.");
        Path shot = Path.of("/tmp/forms-shot.png");
        WaitForAsyncUtils.asyncFx(() -> {
            ImageIO.write(SwingFXUtils.fromFXImage(stage.get().getScene().snapshot(null), null), "png", shot.toFile());
            stage.get().close();
            model.close();
            return null;
        }).get(10, TimeUnit.SECONDS);
        assertThat(shot).exists();
    }
}
