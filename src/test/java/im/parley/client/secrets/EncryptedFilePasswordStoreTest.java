package im.parley.client.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import im.parley.xmpp.jid.Jid;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFilePasswordStoreTest {
    private static final Jid ALICE = Jid.of("alice@example.org");
    private static final Jid BOB = Jid.of("bob@example.net");
    private static final String SECRET = "correct horse battery staple ü€";

    @TempDir
    Path profile;

    @Test
    void storesReadsReplacesAndDeletes() throws Exception {
        PasswordStore store = new EncryptedFilePasswordStore(profile);
        assertThat(store.read(ALICE)).isEmpty();

        store.save(ALICE.withResource("laptop"), SECRET.toCharArray());
        store.save(BOB, "bobs".toCharArray());
        assertThat(password(store, ALICE)).isEqualTo(SECRET);
        assertThat(password(new EncryptedFilePasswordStore(profile), BOB)).as("another instance, same files").isEqualTo("bobs");

        store.save(ALICE, "new one".toCharArray());
        assertThat(password(store, ALICE)).isEqualTo("new one");
        store.delete(ALICE);
        store.delete(ALICE);
        assertThat(store.read(ALICE)).isEmpty();
        assertThat(password(store, BOB)).isEqualTo("bobs");
        assertThat(store.kind()).isEqualTo(PasswordStore.Kind.ENCRYPTED_FILE);
    }

    @Test
    void neitherThePasswordNorTheAccountIsInAnyFileInClear() throws Exception {
        new EncryptedFilePasswordStore(profile).save(ALICE, SECRET.toCharArray());

        try (Stream<Path> files = Files.list(profile)) {
            for (Path f : files.toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (byte[] needle : List.of(SECRET.getBytes(StandardCharsets.UTF_8),
                        SECRET.getBytes(StandardCharsets.UTF_16LE), SECRET.getBytes(StandardCharsets.UTF_16BE),
                        "correct horse".getBytes(StandardCharsets.US_ASCII), "alice@example.org".getBytes(StandardCharsets.UTF_8))) {
                    assertThat(indexOf(bytes, needle)).as(f.getFileName() + " contains " + new String(needle, StandardCharsets.ISO_8859_1))
                            .isNegative();
                }
            }
        }
    }

    @Test
    void everyWriteHasAFreshNonce() throws Exception {
        EncryptedFilePasswordStore store = new EncryptedFilePasswordStore(profile);
        store.save(ALICE, SECRET.toCharArray());
        byte[] first = Files.readAllBytes(store.file());
        store.save(ALICE, SECRET.toCharArray());
        byte[] second = Files.readAllBytes(store.file());

        assertThat(Arrays.copyOfRange(first, 8, 20)).isNotEqualTo(Arrays.copyOfRange(second, 8, 20));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void bothFilesAreOwnerOnlyAndNoTempFileIsLeft() throws Exception {
        assumeTrue(Files.getFileAttributeView(profile, PosixFileAttributeView.class) != null, "POSIX permissions");
        EncryptedFilePasswordStore store = new EncryptedFilePasswordStore(profile);
        store.save(ALICE, SECRET.toCharArray());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.keyFile()))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(profile)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("passwords.enc", "passwords.key", "passwords.lock");
        }
    }

    @Test
    void aKeyFileOthersCouldReadIsMadeOwnerOnly() throws Exception {
        assumeTrue(Files.getFileAttributeView(profile, PosixFileAttributeView.class) != null, "POSIX permissions");
        EncryptedFilePasswordStore store = new EncryptedFilePasswordStore(profile);
        store.save(ALICE, SECRET.toCharArray());
        Files.setPosixFilePermissions(store.keyFile(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(password(store, ALICE)).isEqualTo(SECRET);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.keyFile()))).isEqualTo("rw-------");
    }

    @Test
    void anyChangedByteIsRefusedNeverReadAsAnotherPassword() throws Exception {
        EncryptedFilePasswordStore store = new EncryptedFilePasswordStore(profile);
        store.save(ALICE, SECRET.toCharArray());
        byte[] good = Files.readAllBytes(store.file());

        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            Files.write(store.file(), bad);
            assertThatThrownBy(() -> store.read(ALICE)).as("byte " + i).isInstanceOf(PasswordStoreException.class)
                    .hasMessageContaining("cannot be read");
        }
    }

    @Test
    void aTruncatedOrForeignFileIsRefused() throws Exception {
        EncryptedFilePasswordStore store = new EncryptedFilePasswordStore(profile);
        store.save(ALICE, SECRET.toCharArray());
        byte[] good = Files.readAllBytes(store.file());

        for (int length : new int[] {0, 7, 8, 20, 35, good.length - 16, good.length - 1}) {
            Files.write(store.file(), Arrays.copyOf(good, length));
            assertThatThrownBy(() -> store.read(ALICE)).as("cut to " + length).isInstanceOf(PasswordStoreException.class);
        }
        Files.writeString(store.file(), "alice@example.org=" + SECRET);
        assertThatThrownBy(() -> store.read(ALICE)).isInstanceOf(PasswordStoreException.class)
                .hasMessageContaining("not a Parley password file");
        // Saving over a damaged file is refused too: it would silently drop the other accounts.
        assertThatThrownBy(() -> store.save(BOB, "x".toCharArray())).isInstanceOf(PasswordStoreException.class)
                .hasMessageContaining("To start again, remove");
    }

    @Test
    void aMissingOrDifferentKeyIsRefused() throws Exception {
        EncryptedFilePasswordStore store = new EncryptedFilePasswordStore(profile);
        store.save(ALICE, SECRET.toCharArray());
        byte[] key = Files.readAllBytes(store.keyFile());

        Files.delete(store.keyFile());
        assertThatThrownBy(() -> store.read(ALICE)).isInstanceOf(PasswordStoreException.class)
                .hasMessageContaining("passwords.key is missing");

        byte[] other = key.clone();
        other[other.length - 1] ^= 0x55;
        Files.write(store.keyFile(), other);
        assertThatThrownBy(() -> store.read(ALICE)).isInstanceOf(PasswordStoreException.class)
                .hasMessageContaining("changed or damaged");

        Files.write(store.keyFile(), Arrays.copyOf(key, key.length - 1));
        assertThatThrownBy(() -> store.read(ALICE)).isInstanceOf(PasswordStoreException.class)
                .hasMessageContaining("not a Parley key");
    }

    @Test
    void concurrentSavesFromTwoStoresLoseNothing() throws Exception {
        PasswordStore one = new EncryptedFilePasswordStore(profile);
        PasswordStore two = new EncryptedFilePasswordStore(profile);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                PasswordStore store = i % 2 == 0 ? one : two;
                Jid account = Jid.of("user" + i + "@example.org");
                saves.add(pool.submit(() -> {
                    store.save(account, ("pw" + account.local()).toCharArray());
                    return null;
                }));
            }
            for (Future<?> f : saves) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < 40; i++) {
            assertThat(password(one, Jid.of("user" + i + "@example.org"))).isEqualTo("pwuser" + i);
        }
    }

    @Test
    void describeTellsTheUserWhatItProtectsAndWhatNot() {
        String text = new EncryptedFilePasswordStore(profile, "no system keyring is available").describe();

        assertThat(text).contains("No system keyring is used: no system keyring is available")
                .contains(profile.resolve("passwords.enc").toString())
                .contains("a copy or backup of it")
                .contains("not from anyone who can use your account on this computer");
    }

    private static String password(PasswordStore store, Jid account) throws PasswordStoreException {
        return new String(store.read(account).orElseThrow());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
