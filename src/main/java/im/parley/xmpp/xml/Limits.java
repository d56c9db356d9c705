package im.parley.xmpp.xml;

/**
 * Resource limits for {@link XmlStreamParser}.
 *
 * @param maxStanzaBytes most bytes one top-level child may take, counted from the first byte of
 *     its start tag to the last of its end tag (the stream header and, in document mode, the whole
 *     document are held to it too)
 * @param maxDepth deepest element nesting, the document root counting as 1: in a stream the
 *     {@code <stream:stream>} root is 1 and a stanza is 2
 */
public record Limits(int maxStanzaBytes, int maxDepth) {
    public Limits {
        if (maxStanzaBytes < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxStanzaBytes + ", " + maxDepth);
        }
    }

    /** 1 MiB per stanza, 64 levels: far above real traffic, far below harm. */
    public static Limits defaults() {
        return new Limits(1 << 20, 64);
    }
}
