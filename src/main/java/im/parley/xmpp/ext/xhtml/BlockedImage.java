package im.parley.xmpp.ext.xhtml;

/**
 * A remote image the sanitizer replaced by a placeholder. Loading it would tell the sender that
 * (and from where) the message was read (§12.3), so the UI must ask the user first.
 *
 * @param index the value of the placeholder's {@link XhtmlSanitizer#PLACEHOLDER_ATTRIBUTE}
 * @param src the image URL, never fetched by the engine
 * @param alt the sender's alternative text, or null
 */
public record BlockedImage(int index, String src, String alt) {
}
