package im.parley.xmpp.ext.xhtml;

import im.parley.xmpp.xml.XmlElement;
import java.util.List;

/**
 * XHTML-IM content reduced to the recommended profile.
 *
 * @param html the {@code <html/>} wrapper with its sanitized {@code <body/>} children
 * @param blockedImages remote images replaced by placeholders, in document order
 */
public record SanitizedXhtml(XmlElement html, List<BlockedImage> blockedImages) {
    public SanitizedXhtml {
        blockedImages = List.copyOf(blockedImages);
    }

    /** The sanitized bodies, one per language. */
    public List<XmlElement> bodies() {
        return html.children("body", XhtmlIm.XHTML_NAMESPACE);
    }
}
