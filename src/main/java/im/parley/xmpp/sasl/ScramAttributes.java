package im.parley.xmpp.sasl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A server message in SCRAM's "a=value,b=value" syntax (RFC 5802 §7), kept verbatim for AuthMessage. */
final class ScramAttributes {

    private final String text;
    private final Map<Character, String> values;

    private ScramAttributes(String text, Map<Character, String> values) {
        this.text = text;
        this.values = values;
    }

    static ScramAttributes parse(byte[] message) throws SaslException {
        String text = decodeUtf8(message);
        Map<Character, String> values = new HashMap<>();
        // -1 keeps trailing empty fields, so "r=x," is rejected instead of silently accepted.
        for (String field : text.split(",", -1)) {
            if (field.length() < 2 || field.charAt(1) != '=' || !isAsciiLetter(field.charAt(0))) {
                throw new SaslException("malformed SCRAM attribute '" + field + "' in: " + text);
            }
            if (values.put(field.charAt(0), field.substring(2)) != null) {
                throw new SaslException("repeated SCRAM attribute '" + field.charAt(0) + "' in: " + text);
            }
        }
        return new ScramAttributes(text, values);
    }

    /** The message exactly as received. */
    String text() {
        return text;
    }

    Optional<String> get(char key) {
        return Optional.ofNullable(values.get(key));
    }

    String require(char key) throws SaslException {
        String value = values.get(key);
        if (value == null) {
            throw new SaslException("SCRAM message lacks the '" + key + "' attribute: " + text);
        }
        return value;
    }

    /** saslname of RFC 5802 §7: ',' and '=' would break the attribute syntax, so they are escaped. */
    static String escapeSaslName(String name) {
        return name.replace("=", "=3D").replace(",", "=2C");
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String decodeUtf8(byte[] message) throws SaslException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(message))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SaslException("SCRAM server message is not UTF-8", e);
        }
    }
}
