package im.parley.xmpp.codec;

import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import java.util.Objects;
import java.util.Optional;

/**
 * What a codec makes of an element: a value, "not mine" (another codec's or an unknown element,
 * kept as it is), or malformed, with the stanza error condition a request carrying it is
 * answered with.
 */
public sealed interface Decoded<T> {
    record Value<T>(T value) implements Decoded<T> {
        public Value {
            Objects.requireNonNull(value, "value");
        }
    }

    record NotMine<T>() implements Decoded<T> {
    }

    record Malformed<T>(StanzaErrorCondition condition, String reason) implements Decoded<T> {
        public Malformed {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(reason, "reason");
        }

        public StanzaError toError() {
            return StanzaError.of(condition, reason);
        }
    }

    static <T> Decoded<T> value(T value) {
        return new Value<>(value);
    }

    static <T> Decoded<T> notMine() {
        return new NotMine<>();
    }

    /** Malformed as bad-request, the usual answer to a payload that breaks its schema. */
    static <T> Decoded<T> malformed(String reason) {
        return new Malformed<>(StanzaErrorCondition.BAD_REQUEST, reason);
    }

    static <T> Decoded<T> malformed(StanzaErrorCondition condition, String reason) {
        return new Malformed<>(condition, reason);
    }

    /** The value, or empty when not mine or malformed. */
    default Optional<T> valueIfAny() {
        return this instanceof Value<T> v ? Optional.of(v.value()) : Optional.empty();
    }
}
