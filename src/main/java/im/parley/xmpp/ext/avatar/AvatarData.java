package im.parley.xmpp.ext.avatar;

import java.util.Arrays;

/** {@code <data xmlns='urn:xmpp:avatar:data'/>}: the image bytes (§2.1). */
public record AvatarData(byte[] bytes) {
    public static final String NAMESPACE = Avatars.DATA_NODE;
    public static final String ELEMENT = "data";

    public AvatarData {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AvatarData d && Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "AvatarData[" + bytes.length + " bytes]";
    }
}
