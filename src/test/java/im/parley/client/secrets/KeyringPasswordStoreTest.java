package im.parley.client.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.javakeyring.PasswordAccessException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.DaemonThreads;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringPasswordStoreTest {
    private static final Jid ALICE = Jid.of("alice@example.org");

    @Test
    void theRealProbeAnswersWithinItsTimeout() {
        long start = System.nanoTime();
        KeyringPasswordStore.Probe probe = KeyringPasswordStore.probe();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);

        assertThat(wall).isLessThan(KeyringPasswordStore.PROBE_TIMEOUT.plusMillis(500));
        assertThat(probe.took()).isLessThanOrEqualTo(wall);
        assertThat(probe.store() == null).isEqualTo(probe.failure() != null);
        System.out.println("keyring probe: " + (probe.store() != null ? "keyring answered" : probe.failure())
                + " in " + probe.took().toMillis() + " ms");
    }

    /** Runs only where a keyring answers (a desktop session); skipped on CI and headless machines. */
    @Test
    void realKeyringRoundTrip() throws Exception {
        Optional<KeyringPasswordStore> keyring = KeyringPasswordStore.probe().keyring();
        assumeTrue(keyring.isPresent(), "no system keyring answers here");
        PasswordStore store = keyring.get();
        Jid account = Jid.of("parley-test-" + UUID.randomUUID() + "@example.invalid");
        try {
            assertThat(store.read(account)).isEmpty();
            store.save(account.withResource("laptop"), "s3cret-ü".toCharArray());
            assertThat(store.read(account)).hasValueSatisfying(p -> assertThat(p).containsExactly("s3cret-ü".toCharArray()));
            assertThat(store.kind()).isEqualTo(PasswordStore.Kind.OS_KEYRING);
        } finally {
            store.delete(account);
        }
        assertThat(store.read(account)).isEmpty();
    }

    /**
     * The case the deadline exists for: a D-Bus socket that accepts and never answers. java-keyring
     * itself then blocks for good (over 60 s when measured); the probe must give up on time, and
     * the stuck thread must not keep the process alive. Run in a child JVM, since the D-Bus
     * address comes from the environment.
     */
    @Test
    void aSilentDbusCostsTheProbeOnlyItsTimeout(@TempDir Path dir) throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "D-Bus is a Linux matter");
        Path socket = dir.resolve("silent-bus");
        try (ServerSocketChannel bus = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            bus.bind(UnixDomainSocketAddress.of(socket));
            List<SocketChannel> accepted = new CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(bus.accept()); // held open, never answered
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ProbeInChild.class.getName()).redirectErrorStream(true);
            pb.environment().put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + socket);
            long start = System.nanoTime();
            Process child = pb.start();
            boolean exited = child.waitFor(20, TimeUnit.SECONDS);
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!exited) {
                child.destroyForcibly();
            }

            assertThat(exited).as("the child exits although its keyring thread is stuck: " + output).isTrue();
            assertThat(output).contains("did not answer within 2000 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            for (SocketChannel c : accepted) {
                c.close();
            }
        }
    }

    /** The child JVM of {@link #aSilentDbusCostsTheProbeOnlyItsTimeout}. */
    static final class ProbeInChild {
        public static void main(String[] args) {
            KeyringPasswordStore.Probe probe = KeyringPasswordStore.probe();
            System.out.println("probe: " + (probe.store() != null ? "keyring answered" : probe.failure())
                    + " in " + probe.took().toMillis() + " ms");
        }
    }

    @Test
    void aKeyringThatNeverAnswersIsGivenUpAfterTheTimeout() {
        CountDownLatch never = new CountDownLatch(1);
        long start = System.nanoTime();
        KeyringPasswordStore.Probe probe = KeyringPasswordStore.probe(() -> {
            never.await();
            return new FakeBackend();
        }, Duration.ofMillis(300), Duration.ofSeconds(1));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(probe.keyring()).isEmpty();
        assertThat(probe.failure()).contains("did not answer within 300 ms");
    }

    @Test
    void aKeyringThatRefusesIsReportedWithItsReason() {
        KeyringPasswordStore.Probe probe = KeyringPasswordStore.probe(() -> {
            throw new com.github.javakeyring.BackendNotSupportedException("No available keyring backend found");
        }, Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(probe.keyring()).isEmpty();
        assertThat(probe.failure()).contains("No available keyring backend found");
    }

    @Test
    void readsWritesAndDeletesUnderTheBareJid() throws Exception {
        FakeBackend backend = new FakeBackend();
        PasswordStore store = store(backend, Duration.ofSeconds(5));

        assertThat(store.read(ALICE)).isEmpty();
        store.save(ALICE.withResource("phone"), "pw".toCharArray());
        assertThat(backend.entries).containsOnlyKeys("alice@example.org");
        assertThat(store.read(ALICE.withResource("desk"))).hasValueSatisfying(p -> assertThat(p).containsExactly('p', 'w'));
        store.delete(ALICE);
        store.delete(ALICE); // already gone: no error
        assertThat(store.read(ALICE)).isEmpty();
        assertThat(store.describe()).contains("system keyring (Fake)");
    }

    @Test
    void anErrorThatIsNotAMissingEntryIsTyped() {
        FakeBackend backend = new FakeBackend();
        backend.failure = new PasswordAccessException("Error connecting to dbus");
        PasswordStore store = store(backend, Duration.ofSeconds(5));

        assertThatThrownBy(() -> store.read(ALICE)).isInstanceOf(PasswordStoreException.class)
                .hasMessageContaining("Error connecting to dbus");
        assertThatThrownBy(() -> store.save(ALICE, "x".toCharArray())).isInstanceOf(PasswordStoreException.class);
        assertThatThrownBy(() -> store.delete(ALICE)).isInstanceOf(PasswordStoreException.class);
    }

    @Test
    void aCallThatHangsTimesOut() {
        FakeBackend backend = new FakeBackend();
        backend.hang = new CountDownLatch(1);
        PasswordStore store = store(backend, Duration.ofMillis(200));

        assertThatThrownBy(() -> store.read(ALICE)).isInstanceOf(PasswordStoreException.class)
                .hasMessageContaining("did not answer");
        backend.hang.countDown();
    }

    @Test
    void eachBackendsWayOfSayingMissingIsRecognised() {
        for (String message : new String[] {"No stored credentials match Parley account: a@b",
                "Password not Found", "Password is not in wallet", "No password to delete. a",
                "The specified item could not be found in the keychain.", "Error code 1168"}) {
            assertThat(KeyringPasswordStore.isMissing(new PasswordAccessException(message))).as(message).isTrue();
        }
        assertThat(KeyringPasswordStore.isMissing(new PasswordAccessException("Error connecting to dbus"))).isFalse();
        assertThat(KeyringPasswordStore.isMissing(new PasswordAccessException("Error code 5"))).isFalse();
    }

    private static KeyringPasswordStore store(FakeBackend backend, Duration callTimeout) {
        return new KeyringPasswordStore(backend, Executors.newSingleThreadExecutor(DaemonThreads.named("test-keyring")),
                callTimeout);
    }

    /** Worded like java-keyring's Secret Service backend. */
    private static final class FakeBackend implements KeyringPasswordStore.Backend {
        final Map<String, String> entries = new ConcurrentHashMap<>();
        volatile Exception failure;
        volatile CountDownLatch hang;

        @Override
        public String get(String account) throws Exception {
            check();
            String p = entries.get(account);
            if (p == null) {
                throw new PasswordAccessException("No stored credentials match Parley account: " + account);
            }
            return p;
        }

        @Override
        public void set(String account, String password) throws Exception {
            check();
            entries.put(account, password);
        }

        @Override
        public void delete(String account) throws Exception {
            check();
            if (entries.remove(account) == null) {
                throw new PasswordAccessException("No stored credentials match Parley account: " + account);
            }
        }

        @Override
        public String name() {
            return "Fake";
        }

        private void check() throws Exception {
            if (hang != null) {
                hang.await();
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
