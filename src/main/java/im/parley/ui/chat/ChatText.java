package im.parley.ui.chat;

import im.parley.client.history.HistoryMessage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a message's text is shown: /me actions and the links in it. Pure. */
public final class ChatText {
    /** What a retracted message shows instead of its text. */
    public static final String REMOVED = "This message was removed";
    private static final String ME = "/me ";
    /** http, https and xmpp only: other schemes (file:, javascript:) are not offered as links. */
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|xmpp:)[^\\s<>\"]+");

    private ChatText() {
    }

    /** A run of text, with the address it opens when it is a link. */
    public record Span(String text, URI link) {
    }

    /** Whether the message is a /me action (XEP-0245): shown as "name does something". */
    public static boolean isAction(String body) {
        return body != null && body.startsWith(ME) && body.length() > ME.length();
    }

    /** The action without its "/me ". */
    public static String actionText(String body) {
        return body.substring(ME.length());
    }

    /** The text cut into plain runs and links; a link that is no valid URI stays plain text. */
    public static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        int at = 0;
        while (m.find()) {
            String raw = trimTrailingPunctuation(m.group());
            URI uri = linkOf(raw);
            if (uri == null) {
                continue;
            }
            if (m.start() > at) {
                out.add(new Span(text.substring(at, m.start()), null));
            }
            out.add(new Span(raw, uri));
            at = m.start() + raw.length();
        }
        if (at < text.length()) {
            out.add(new Span(text.substring(at), null));
        }
        return out;
    }

    /** The URI when {@code raw} is an http, https or xmpp address, else null. */
    public static URI linkOf(String raw) {
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web || (scheme.equals("xmpp") && uri.getSchemeSpecificPart().length() > 0) ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** "see https://x.org/a." means the link without the full stop; a closing bracket only if opened in it. */
    private static String trimTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            if (".,;:!?'".indexOf(c) >= 0 || (c == ')' && s.substring(0, end).chars().filter(x -> x == '(').count()
                    < s.substring(0, end).chars().filter(x -> x == ')').count())) {
                end--;
            } else {
                break;
            }
        }
        return s.substring(0, end);
    }

    /** What another message is referred to by in a reply or reaction: its id, else the archive's id. */
    static String idForReference(HistoryMessage m) {
        return m.messageId() != null ? m.messageId() : m.stanzaId();
    }
}
