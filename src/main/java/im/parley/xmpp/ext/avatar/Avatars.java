package im.parley.xmpp.ext.avatar;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The nodes, the size bound and the id of an avatar (§4.1: the SHA-1 of the image, as hex). */
public final class Avatars {
    public static final String DATA_NODE = "urn:xmpp:avatar:data";
    public static final String METADATA_NODE = "urn:xmpp:avatar:metadata";
    /**
     * The largest avatar taken: 512 KiB, whose base64 (683 KiB) still fits the engine's 1 MiB
     * stanza bound; a 192 px PNG is a tenth of it.
     */
    public static final int MAX_BYTES = 512 * 1024;

    private Avatars() {
    }

    /** The lower-case hex SHA-1 of {@code data}: an avatar's id, and its vCard hash (XEP-0153). */
    public static String sha1(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
