package im.parley.xmpp.sasl;

import java.util.Locale;
import java.util.Optional;

/** The conditions a server can report in a SASL {@code <failure/>} (RFC 6120 §6.5). */
public enum SaslFailureCondition {
    ABORTED,
    ACCOUNT_DISABLED,
    CREDENTIALS_EXPIRED,
    ENCRYPTION_REQUIRED,
    INCORRECT_ENCODING,
    INVALID_AUTHZID,
    INVALID_MECHANISM,
    MALFORMED_REQUEST,
    MECHANISM_TOO_WEAK,
    NOT_AUTHORIZED,
    TEMPORARY_AUTH_FAILURE;

    public static final String NAMESPACE = "urn:ietf:params:xml:ns:xmpp-sasl";

    public String elementName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SaslFailureCondition> fromElementName(String name) {
        for (SaslFailureCondition c : values()) {
            if (c.elementName().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
