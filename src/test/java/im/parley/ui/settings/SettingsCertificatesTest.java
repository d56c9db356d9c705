package im.parley.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.AccountSettings;
import im.parley.client.history.Profile;
import im.parley.ui.settings.CertificatesViewModel.Pin;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certificates trusted by hand, read from a real profile and forgotten one by one. */
class SettingsCertificatesTest {
    private static final Jid JULIET = Jid.of("juliet@capulet.lit");
    private static final String ONE = "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String TWO = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

    @TempDir
    Path folder;

    @Test
    void aRemovedPinIsForgottenAndTheOtherKept() throws Exception {
        try (Profile profile = Profile.open(folder)) {
            profile.saveSettings(AccountSettings.of(JULIET).withPin(ONE).withPin(TWO));
            CertificatesViewModel model = new CertificatesViewModel(profile, Runnable::run, Runnable::run);

            model.load().get();
            assertThat(model.pins()).containsExactly(new Pin(JULIET, ONE), new Pin(JULIET, TWO));
            assertThat(model.pins().get(0).readable()).startsWith("0A:1B:2C:3D:").hasSize(95);

            model.remove(model.pins().get(0)).get();

            assertThat(model.pins()).containsExactly(new Pin(JULIET, TWO));
            assertThat(profile.settings(JULIET).pins()).containsExactly(TWO);
            assertThat(model.problemProperty().get()).isEmpty();
        }
    }

    @Test
    void aLongFingerprintIsShownOnTwoLinesOfSixteenPairs() {
        String readable = new Pin(JULIET, ONE).readable();
        String[] lines = CertificatesView.twoLines(readable).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0].split(":")).hasSize(16);
        assertThat(lines[1].split(":")).hasSize(16);
    }
}
