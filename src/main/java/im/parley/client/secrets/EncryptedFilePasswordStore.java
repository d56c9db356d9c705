package im.parley.client.secrets;

import im.parley.xmpp.jid.Jid;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords in PROFILE/passwords.enc, AES-256-GCM under a random 256-bit key kept in
 * PROFILE/passwords.key; both owner-only and replaced atomically. Used where no system keyring
 * answers (a headless machine, CI), and the user is told so by {@link #describe()}.
 *
 * <p>What this protects: the password file, or a copy or backup of it, read on its own. What it
 * cannot protect: anyone who can read both files, i.e. who can act as the user on this machine or
 * copies the whole profile folder. That limit is stated to the user, not hidden.
 *
 * <p>Nothing is cached: each call reads, and each change rewrites, the whole file under a lock
 * (passwords.lock), so two Parley processes on one profile (the app and the command line) never
 * lose each other's changes.
 */
public final class EncryptedFilePasswordStore implements PasswordStore {
    public static final String FILE = "passwords.enc";
    public static final String KEY_FILE = "passwords.key";
    static final String LOCK_FILE = "passwords.lock";
    private static final byte[] KEY_MAGIC = "PARLEYK1".getBytes(StandardCharsets.US_ASCII);
    /** A FileLock is per process; threads of this process are kept apart by a monitor per folder. */
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path dir;
    private final String whyNotKeyring;

    /** A store chosen on purpose (tests, or a user who asked for it). */
    public EncryptedFilePasswordStore(Path profileDir) {
        this(profileDir, null);
    }

    /** @param whyNotKeyring why the system keyring is not used, told to the user; may be null */
    public EncryptedFilePasswordStore(Path profileDir, String whyNotKeyring) {
        this.dir = profileDir.toAbsolutePath().normalize();
        this.whyNotKeyring = whyNotKeyring;
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    public Path keyFile() {
        return dir.resolve(KEY_FILE);
    }

    @Override
    public Optional<char[]> read(Jid account) throws PasswordStoreException {
        return locked(() -> {
            Map<String, byte[]> all = load(false);
            try {
                byte[] password = all.get(key(account));
                return password == null ? Optional.empty() : Optional.of(chars(password));
            } finally {
                clear(all);
            }
        });
    }

    @Override
    public void save(Jid account, char[] password) throws PasswordStoreException {
        byte[] utf8 = utf8(password);
        try {
            locked(() -> {
                Map<String, byte[]> all = load(true);
                try {
                    byte[] old = all.put(key(account), utf8);
                    if (old != null) {
                        Arrays.fill(old, (byte) 0);
                    }
                    write(all);
                    return null;
                } finally {
                    clear(all);
                }
            });
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    @Override
    public void delete(Jid account) throws PasswordStoreException {
        locked(() -> {
            Map<String, byte[]> all = load(false);
            try {
                byte[] old = all.remove(key(account));
                if (old != null) {
                    Arrays.fill(old, (byte) 0);
                    write(all);
                }
                return null;
            } finally {
                clear(all);
            }
        });
    }

    @Override
    public Kind kind() {
        return Kind.ENCRYPTED_FILE;
    }

    @Override
    public String describe() {
        String why = whyNotKeyring == null ? "" : "No system keyring is used: " + whyNotKeyring + ". ";
        return why + "Passwords are kept encrypted in " + file() + ", with their key in " + KEY_FILE
                + " beside it. This protects them if that file, or a copy or backup of it, is read on its own, "
                + "but not from anyone who can use your account on this computer or copy the whole profile folder: "
                + "they can read the key too.";
    }

    /** The entries of the file, empty when there is none; with {@code create}, a missing key is made. */
    private Map<String, byte[]> load(boolean create) throws PasswordStoreException, IOException {
        byte[] sealed = readIfExists(file(), SealedPasswords.MAX_FILE_BYTES);
        byte[] key = readKey();
        try {
            if (sealed == null) {
                if (key == null && create) {
                    createKey();
                }
                return new LinkedHashMap<>();
            }
            if (key == null) {
                throw new PasswordStoreException("The stored passwords cannot be read: " + KEY_FILE
                        + " is missing from " + dir + ". " + startAgain());
            }
            try {
                return SealedPasswords.open(key, sealed);
            } catch (PasswordStoreException e) {
                throw new PasswordStoreException(e.getMessage() + " " + startAgain(), e);
            }
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    private void write(Map<String, byte[]> entries) throws PasswordStoreException, IOException {
        byte[] key = readKey();
        if (key == null) {
            throw new PasswordStoreException(KEY_FILE + " disappeared from " + dir + " while saving a password");
        }
        try {
            PrivateFiles.replace(file(), SealedPasswords.seal(key, entries));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private byte[] readKey() throws PasswordStoreException, IOException {
        byte[] bytes = readIfExists(keyFile(), 1024);
        if (bytes == null) {
            return null;
        }
        PrivateFiles.tighten(keyFile());
        try {
            if (bytes.length != KEY_MAGIC.length + SealedPasswords.KEY_BYTES
                    || !Arrays.equals(bytes, 0, KEY_MAGIC.length, KEY_MAGIC, 0, KEY_MAGIC.length)) {
                throw new PasswordStoreException("The stored passwords cannot be read: " + keyFile()
                        + " is not a Parley key or is damaged. " + startAgain());
            }
            return Arrays.copyOfRange(bytes, KEY_MAGIC.length, bytes.length);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private void createKey() throws IOException {
        byte[] key = SealedPasswords.newKey();
        byte[] bytes = ByteBuffer.allocate(KEY_MAGIC.length + key.length).put(KEY_MAGIC).put(key).array();
        try {
            PrivateFiles.replace(keyFile(), bytes);
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private String startAgain() {
        return "To start again, remove " + file() + " and " + KEY_FILE + "; the passwords must then be typed again.";
    }

    private interface Action<T> {
        T run() throws PasswordStoreException, IOException;
    }

    private <T> T locked(Action<T> action) throws PasswordStoreException {
        synchronized (MONITORS.computeIfAbsent(dir, d -> new Object())) {
            try (FileChannel lockFile = PrivateFiles.openLockFile(dir.resolve(LOCK_FILE));
                 FileLock lock = lockFile.lock()) {
                return action.run();
            } catch (IOException e) {
                throw new PasswordStoreException("cannot use the password file in " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    private static byte[] readIfExists(Path file, int max) throws IOException, PasswordStoreException {
        try {
            if (Files.size(file) > max) {
                throw new PasswordStoreException(file + " is larger than a Parley password file can be ("
                        + max + " bytes); it was not read.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static String key(Jid account) {
        return account.bare().toString();
    }

    /** UTF-8 bytes of a password, without a String in between. */
    private static byte[] utf8(char[] password) throws PasswordStoreException {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(password));
            byte[] out = Arrays.copyOfRange(b.array(), b.position(), b.limit());
            Arrays.fill(b.array(), (byte) 0);
            return out;
        } catch (CharacterCodingException e) {
            throw new PasswordStoreException("the password is not valid text (a lone surrogate)", e);
        }
    }

    private static char[] chars(byte[] utf8) throws PasswordStoreException {
        try {
            CharBuffer c = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8));
            char[] out = Arrays.copyOfRange(c.array(), c.position(), c.limit());
            Arrays.fill(c.array(), '\0');
            return out;
        } catch (CharacterCodingException e) {
            throw new PasswordStoreException("a stored password is not valid UTF-8", e);
        }
    }

    private static void clear(Map<String, byte[]> entries) {
        entries.values().forEach(p -> Arrays.fill(p, (byte) 0));
    }
}
