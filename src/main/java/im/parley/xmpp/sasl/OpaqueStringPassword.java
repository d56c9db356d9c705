package im.parley.xmpp.sasl;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import rocks.xmpp.precis.PrecisProfiles;

/**
 * Prepares a password with the PRECIS OpaqueString profile (RFC 8265 §4.2), the successor of
 * SASLprep that RFC 7677 and RFC 6120 point to, so that the bytes we hash or send match what the
 * server derived from the same typed password.
 */
final class OpaqueStringPassword {

    private OpaqueStringPassword() {
    }

    /**
     * The UTF-8 bytes of the prepared password; the caller should clear them after use. The PRECIS
     * library works on Strings, so one immutable copy of the password lives until garbage collection.
     */
    static byte[] utf8(char[] password) throws SaslException {
        try {
            return PrecisProfiles.OPAQUE_STRING.enforce(CharBuffer.wrap(password))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // The message of the PRECIS exception may quote the password, so it is not passed on.
            throw new SaslException("password is not a valid OpaqueString (RFC 8265 §4.2): "
                    + "empty, or contains characters such as controls that passwords may not");
        }
    }
}
