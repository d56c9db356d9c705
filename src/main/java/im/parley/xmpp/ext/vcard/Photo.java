package im.parley.xmpp.ext.vcard;

import java.util.Arrays;
import java.util.Objects;

/**
 * A vCard photo given inline.
 *
 * @param type its media type (TYPE), e.g. image/png; may be empty when the sender gave none
 * @param data the image bytes (BINVAL decoded)
 */
public record Photo(String type, byte[] data) {
    public Photo {
        Objects.requireNonNull(type, "type");
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Photo p && type.equals(p.type) && Arrays.equals(data, p.data);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Photo[" + type + ", " + data.length + " bytes]";
    }
}
