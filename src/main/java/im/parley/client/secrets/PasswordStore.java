package im.parley.client.secrets;

import im.parley.xmpp.jid.Jid;
import java.util.Optional;

/**
 * Where the passwords of the user's accounts are kept between runs, one per bare JID. Never plain
 * text: either the operating system's keyring or a file encrypted with a key beside it.
 *
 * <p>Passwords are {@code char[]} because that is what the engine takes
 * ({@code ClientConfig.password}): the caller owns each array it gets and may clear it once the
 * login has used it. The encrypted file never turns a password into a String; the keyring library
 * does internally, which is out of our hands.
 *
 * <p>Every method may block (D-Bus, a keychain prompt, disk I/O): never call one on the UI thread.
 */
public interface PasswordStore {
    /** Where a store keeps its passwords. */
    enum Kind {
        /** Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS, Credential Manager on Windows. */
        OS_KEYRING,
        /** passwords.enc in the profile folder, encrypted with the key in passwords.key beside it. */
        ENCRYPTED_FILE
    }

    /** The stored password of {@code account} (its bare JID is the key), or empty when none is stored. */
    Optional<char[]> read(Jid account) throws PasswordStoreException;

    /** Stores or replaces the password of {@code account}; the array is not kept. */
    void save(Jid account, char[] password) throws PasswordStoreException;

    /** Forgets the password of {@code account}; nothing happens when none is stored. */
    void delete(Jid account) throws PasswordStoreException;

    Kind kind();

    /** One or two sentences for the user: where the passwords are kept and how safe that is. */
    String describe();
}
