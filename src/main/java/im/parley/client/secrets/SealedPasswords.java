package im.parley.client.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bytes of passwords.enc: {@code "PARLEYP1"}, a random 96-bit nonce, then AES-256-GCM over the
 * entries with the 8-byte header as associated data, so a changed header fails like changed
 * ciphertext. The plaintext is a count, then per entry the bare JID and the password, each
 * length-prefixed UTF-8: the account names are as hidden as the passwords.
 *
 * <p>Password bytes live only in arrays this class or its caller clears; no password becomes a
 * String here.
 */
final class SealedPasswords {
    static final byte[] MAGIC = "PARLEYP1".getBytes(StandardCharsets.US_ASCII);
    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Far above any real number of accounts; a larger file is not ours. */
    static final int MAX_FILE_BYTES = 1 << 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedPasswords() {
    }

    static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Encrypts {@code entries} (bare JID to UTF-8 password) under a fresh nonce. */
    static byte[] seal(byte[] key, Map<String, byte[]> entries) throws PasswordStoreException {
        int size = 4;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            size += 4 + e.getKey().getBytes(StandardCharsets.UTF_8).length + 4 + e.getValue().length;
        }
        byte[] plain = new byte[size];
        try {
            ByteBuffer out = ByteBuffer.wrap(plain);
            out.putInt(entries.size());
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                byte[] jid = e.getKey().getBytes(StandardCharsets.UTF_8);
                out.putInt(jid.length).put(jid).putInt(e.getValue().length).put(e.getValue());
            }
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher c = cipher(Cipher.ENCRYPT_MODE, key, nonce);
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(MAGIC.length + NONCE_BYTES + sealed.length)
                    .put(MAGIC).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new PasswordStoreException("cannot encrypt the passwords: " + e.getMessage(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Decrypts a file {@link #seal} wrote; anything else, changed or cut short, is refused. */
    static Map<String, byte[]> open(byte[] key, byte[] file) throws PasswordStoreException {
        if (file.length < MAGIC.length + NONCE_BYTES + TAG_BITS / 8
                || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw damaged("it is not a Parley password file or has been cut short");
        }
        byte[] plain;
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOfRange(file, MAGIC.length, MAGIC.length + NONCE_BYTES));
            plain = c.doFinal(file, MAGIC.length + NONCE_BYTES, file.length - MAGIC.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw damaged("it has been changed or damaged, or passwords.key is not the key it was written with");
        } catch (GeneralSecurityException e) {
            throw new PasswordStoreException("cannot decrypt the passwords: " + e.getMessage(), e);
        }
        try {
            return entries(plain);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Authenticated, so only a bug of ours could make these checks fail; they still must not overrun. */
    private static Map<String, byte[]> entries(byte[] plain) throws PasswordStoreException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try {
            ByteBuffer in = ByteBuffer.wrap(plain);
            int count = in.getInt();
            for (int i = 0; i < count; i++) {
                byte[] jid = new byte[length(in)];
                in.get(jid);
                byte[] password = new byte[length(in)];
                in.get(password);
                entries.put(new String(jid, StandardCharsets.UTF_8), password);
            }
            if (in.hasRemaining()) {
                throw damaged("it has bytes after its last entry");
            }
            return entries;
        } catch (RuntimeException e) { // BufferUnderflowException, or a negative length
            entries.values().forEach(p -> Arrays.fill(p, (byte) 0));
            throw damaged("its entries are cut short");
        }
    }

    private static int length(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalStateException("bad length " + n);
        }
        return n;
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(MAGIC);
        return c;
    }

    private static PasswordStoreException damaged(String why) {
        return new PasswordStoreException("The stored passwords cannot be read: " + EncryptedFilePasswordStore.FILE
                + " " + why + ". No password was taken from it.");
    }
}
