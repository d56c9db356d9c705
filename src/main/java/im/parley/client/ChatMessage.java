package im.parley.client;

import im.parley.xmpp.ext.oob.OobAttachment;
import im.parley.xmpp.ext.xhtml.BlockedImage;
import im.parley.xmpp.ext.xhtml.SanitizedXhtml;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.util.List;
import java.util.Optional;

/**
 * A received one-to-one message as the chat window shows it: the plain body, the formatting
 * already cut to XHTML-IM's safe profile (never the raw markup), the remote images held back for
 * the user's consent, and http(s) attachments.
 */
public record ChatMessage(Jid from, String id, String body, Optional<SanitizedXhtml> formatted,
        List<OobAttachment> attachments, Message stanza) {
    public ChatMessage {
        attachments = List.copyOf(attachments);
    }

    /** Images the formatted text names but that were not loaded: Parley asks before fetching them. */
    public List<BlockedImage> blockedImages() {
        return formatted.map(SanitizedXhtml::blockedImages).orElse(List.of());
    }
}
