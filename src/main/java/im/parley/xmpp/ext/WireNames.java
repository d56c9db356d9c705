package im.parley.xmpp.ext;

import java.util.Optional;
import java.util.function.Function;

/** Finding the constant of an enum whose values are element or attribute names on the wire. */
public final class WireNames {
    private WireNames() {
    }

    /** The constant of {@code values} whose wire name is {@code value}, if any. */
    public static <E extends Enum<E>> Optional<E> lookup(E[] values, Function<E, String> wireName, String value) {
        for (E e : values) {
            if (wireName.apply(e).equals(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
