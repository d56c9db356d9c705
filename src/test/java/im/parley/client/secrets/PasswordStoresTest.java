package im.parley.client.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordStoresTest {
    @TempDir
    Path profile;

    @Test
    void theFileCanBeChosen() {
        PasswordStore store = PasswordStores.open(profile, PasswordStores.Choice.FILE);

        assertThat(store.kind()).isEqualTo(PasswordStore.Kind.ENCRYPTED_FILE);
        assertThat(store.describe()).contains("encrypted file was chosen");
    }

    @Test
    void theSystemPropertyForcesTheFile() {
        String old = System.getProperty(PasswordStores.PROPERTY);
        System.setProperty(PasswordStores.PROPERTY, "file");
        try {
            assertThat(PasswordStores.open(profile).kind()).isEqualTo(PasswordStore.Kind.ENCRYPTED_FILE);
        } finally {
            if (old == null) {
                System.clearProperty(PasswordStores.PROPERTY);
            } else {
                System.setProperty(PasswordStores.PROPERTY, old);
            }
        }
    }

    @Test
    void automaticFallsBackToTheFileQuicklyAndSaysWhy() {
        long start = System.nanoTime();
        PasswordStore store = PasswordStores.open(profile, PasswordStores.Choice.AUTOMATIC);

        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isLessThan(KeyringPasswordStore.PROBE_TIMEOUT.plusMillis(500));
        if (store.kind() == PasswordStore.Kind.ENCRYPTED_FILE) {
            assertThat(store.describe()).startsWith("No system keyring is used: ");
        } else {
            assertThat(store.describe()).contains("system keyring");
        }
    }

    @Test
    void aProfileWhosePasswordsAreInTheFileKeepsThemThereWithoutProbingTheKeyring() throws Exception {
        Jid jid = Jid.of("juliet@capulet.lit");
        new EncryptedFilePasswordStore(profile).save(jid, "r0meo".toCharArray());

        PasswordStore store = PasswordStores.open(profile, PasswordStores.Choice.AUTOMATIC);

        assertThat(store.kind()).isEqualTo(PasswordStore.Kind.ENCRYPTED_FILE);
        assertThat(store.describe()).contains("has kept its passwords in the encrypted file");
        assertThat(store.read(jid)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("r0meo"));
    }
}
