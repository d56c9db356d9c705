package im.parley.client.secrets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Chooses where passwords are kept: the system keyring when one answers, else the encrypted file,
 * which a profile then keeps using.
 */
public final class PasswordStores {
    /**
     * Set to {@code file} to skip the keyring and use the encrypted file (tests, or a user who
     * prefers it); {@code keyring} or unset means the keyring when one answers.
     */
    public static final String PROPERTY = "parley.passwords";
    private static final Logger LOG = Logger.getLogger(PasswordStores.class.getName());

    /** The choice {@link #open(Path, Choice)} can be given. */
    public enum Choice {
        /**
         * The encrypted file if the profile has one; else the keyring if its probe answers within
         * {@link KeyringPasswordStore#PROBE_TIMEOUT}, else the file.
         */
        AUTOMATIC,
        /** Always the encrypted file; the keyring is not even probed. */
        FILE
    }

    private PasswordStores() {
    }

    /** The store for {@code profileDir}, as {@link #PROPERTY} says (automatic when unset). */
    public static PasswordStore open(Path profileDir) {
        String value = System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        return open(profileDir, value.equals("file") ? Choice.FILE : Choice.AUTOMATIC);
    }

    /** Takes at most about {@link KeyringPasswordStore#PROBE_TIMEOUT}; call it off the UI thread. */
    public static PasswordStore open(Path profileDir, Choice choice) {
        if (choice == Choice.FILE) {
            return new EncryptedFilePasswordStore(profileDir, "the encrypted file was chosen instead");
        }
        // A profile that keeps its passwords in the encrypted file goes on doing so: the keyring is
        // not probed at every start (about 0.1 s of both cores where there is none), and one that
        // appears later does not hide the passwords kept before it.
        if (Files.exists(profileDir.resolve(EncryptedFilePasswordStore.FILE))) {
            return new EncryptedFilePasswordStore(profileDir,
                    "this profile has kept its passwords in the encrypted file since no keyring answered");
        }
        KeyringPasswordStore.Probe probe = KeyringPasswordStore.probe();
        if (probe.store() != null) {
            return probe.store();
        }
        LOG.info("passwords go to the encrypted file: " + probe.failure() + " (probe took "
                + probe.took().toMillis() + " ms)");
        return new EncryptedFilePasswordStore(profileDir, probe.failure());
    }
}
