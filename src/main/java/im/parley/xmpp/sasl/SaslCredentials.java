package im.parley.xmpp.sasl;

import java.util.Objects;

/**
 * What a password-based mechanism needs to log in.
 *
 * <p>The password array is not copied: it stays owned by the caller, who may clear it once
 * authentication is over. Mechanisms clear only the copies they make themselves.
 *
 * @param username the authentication identity: the account JID's localpart, already normalized
 * @param password the password as typed; prepared per RFC 8265 by the mechanisms
 * @param authzid the identity to act as, or {@code null} to act as the account itself
 */
public record SaslCredentials(String username, char[] password, String authzid) {

    public SaslCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** Overridden so that logging credentials never shows more than the username. */
    @Override
    public String toString() {
        return "SaslCredentials[username=" + username + ", authzid=" + authzid + "]";
    }
}
