package im.parley.client.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.DaemonThreads;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Passwords in the operating system's keyring through java-keyring: Secret Service over D-Bus
 * (GNOME Keyring, KWallet) on Linux, Keychain on macOS, Credential Manager on Windows. Each entry
 * is service "Parley", account the bare JID.
 *
 * <p>Every keyring call runs on one daemon thread of the store's own and is waited for with a
 * deadline, because java-keyring can block for ever: with a D-Bus socket that accepts but never
 * answers, {@code Keyring.create()} was still waiting after 60 s on the build machine. A call
 * that misses its deadline leaves that thread stuck; later calls queue behind it and time out
 * too, which is the truth about a keyring that stopped answering.
 */
public final class KeyringPasswordStore implements PasswordStore {
    static final String SERVICE = "Parley";
    /** How long {@link #probe()} waits for a keyring to answer before the file store is used instead. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    /** Long enough for the user to type the keyring's unlock password when it asks. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    /**
     * java-keyring says "no such entry" only through the message of its one exception type, and
     * each backend words it differently (Secret Service, Keychain, legacy Keychain, Windows,
     * KWallet; Windows' delete reports ERROR_NOT_FOUND as "Error code 1168").
     */
    private static final List<String> MISSING = List.of("no stored credentials", "no password to delete",
            "could not be found", "password not found", "not in wallet", "error code 1168");

    /** The part of a keyring the store needs: a seam for tests, which have no keyring. */
    interface Backend {
        /** The password, or an exception whose message says it is missing. */
        String get(String account) throws Exception;

        void set(String account, String password) throws Exception;

        void delete(String account) throws Exception;

        /** Which keyring this is, for the user. */
        String name();
    }

    /**
     * What a probe found: the store when a keyring answered, else why not.
     *
     * @param store the keyring store, or null
     * @param failure why no keyring is used, or null when one is
     * @param took how long the probe took
     */
    public record Probe(KeyringPasswordStore store, String failure, Duration took) {
        public Optional<KeyringPasswordStore> keyring() {
            return Optional.ofNullable(store);
        }
    }

    private final Backend backend;
    private final ExecutorService thread;
    private final Duration callTimeout;

    KeyringPasswordStore(Backend backend, ExecutorService thread, Duration callTimeout) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.thread = thread;
        this.callTimeout = callTimeout;
    }

    /** Opens the system keyring, waiting at most {@link #PROBE_TIMEOUT} for it to answer. */
    public static Probe probe() {
        return probe(JavaKeyring::open, PROBE_TIMEOUT, CALL_TIMEOUT);
    }

    static Probe probe(Callable<Backend> opener, Duration timeout, Duration callTimeout) {
        long start = System.nanoTime();
        ExecutorService thread = Executors.newSingleThreadExecutor(DaemonThreads.named("parley-keyring"));
        Future<Backend> opening = thread.submit(opener);
        String failure;
        try {
            Backend backend = opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Probe(new KeyringPasswordStore(backend, thread, callTimeout), null, since(start));
        } catch (TimeoutException e) {
            opening.cancel(true);
            failure = "the system keyring did not answer within " + timeout.toMillis() + " ms";
        } catch (ExecutionException e) {
            failure = "no system keyring is available (" + e.getCause().getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted while looking for the system keyring";
        }
        // A stuck thread cannot be stopped, only abandoned: it is a daemon and takes no new work.
        thread.shutdown();
        return new Probe(null, failure, since(start));
    }

    @Override
    public Optional<char[]> read(Jid account) throws PasswordStoreException {
        String key = key(account);
        try {
            return Optional.of(call(() -> backend.get(key), "read the password of " + key).toCharArray());
        } catch (Missing e) {
            return Optional.empty();
        }
    }

    @Override
    public void save(Jid account, char[] password) throws PasswordStoreException {
        String key = key(account);
        String text = new String(password); // java-keyring takes only Strings
        try {
            call(() -> {
                backend.set(key, text);
                return null;
            }, "store the password of " + key);
        } catch (Missing e) {
            throw new PasswordStoreException("the system keyring refused to store the password of " + key, e);
        }
    }

    @Override
    public void delete(Jid account) throws PasswordStoreException {
        String key = key(account);
        try {
            call(() -> {
                backend.delete(key);
                return null;
            }, "remove the password of " + key);
        } catch (Missing e) {
            // Already gone: delete is idempotent.
        }
    }

    @Override
    public Kind kind() {
        return Kind.OS_KEYRING;
    }

    @Override
    public String describe() {
        return "Passwords are kept in your system keyring (" + backend.name() + "), which encrypts them and "
                + "unlocks them with your login; other programs you run as yourself may still ask it for them.";
    }

    private static String key(Jid account) {
        return account.bare().toString();
    }

    private <T> T call(Callable<T> task, String what) throws PasswordStoreException, Missing {
        Future<T> f = thread.submit(task);
        try {
            return f.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new PasswordStoreException("the system keyring did not answer within "
                    + callTimeout.toSeconds() + " s when asked to " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordStoreException("interrupted while asking the system keyring to " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (isMissing(cause)) {
                throw new Missing();
            }
            throw new PasswordStoreException("the system keyring could not " + what + ": " + cause.getMessage(), cause);
        }
    }

    static boolean isMissing(Throwable t) {
        String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return MISSING.stream().anyMatch(m::contains);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The entry does not exist; read and delete turn it into their normal answer. */
    private static final class Missing extends Exception {
        private static final long serialVersionUID = 1L;

        Missing() {
            super(null, null, false, false);
        }
    }

    /** The real keyring. Opened (and used) only on the store's own thread. */
    private static final class JavaKeyring implements Backend {
        private final Keyring keyring;

        private JavaKeyring(Keyring keyring) {
            this.keyring = keyring;
        }

        static Backend open() throws BackendNotSupportedException {
            return new JavaKeyring(Keyring.create());
        }

        @Override
        public String get(String account) throws Exception {
            return keyring.getPassword(SERVICE, account);
        }

        @Override
        public void set(String account, String password) throws Exception {
            keyring.setPassword(SERVICE, account, password);
        }

        @Override
        public void delete(String account) throws Exception {
            keyring.deletePassword(SERVICE, account);
        }

        @Override
        public String name() {
            return switch (keyring.getKeyringStorageType()) {
                case GNOME_KEYRING -> "Secret Service";
                case KWALLET -> "KWallet";
                case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> "macOS Keychain";
                case WINDOWS_CREDENTIAL_STORE -> "Windows Credential Manager";
            };
        }
    }
}
