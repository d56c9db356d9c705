package im.parley.xmpp.ext.carbons;

import im.parley.xmpp.stanza.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * A message one of our other resources sent or received, as the server copied it to us.
 *
 * @param direction whether the other resource received or sent {@code inner}
 * @param inner the forwarded message, with its original addresses
 */
public record CarbonCopy(Direction direction, Message inner) {
    public enum Direction {
        RECEIVED, SENT;

        /** The wrapper element's name. */
        public String element() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CarbonCopy {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(inner, "inner");
    }
}
