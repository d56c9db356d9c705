package im.parley.xmpp.ext.bookmarks;

import im.parley.xmpp.xml.XmlElement;
import java.util.List;

/**
 * What a bookmark says of its room (XEP-0402 §2): the name the user gave it, whether to join it on
 * login, the nick and password to join with (null when not given), and the elements other clients
 * keep with it, which must survive every edit.
 */
public record Conference(String name, boolean autojoin, String nick, String password, List<XmlElement> extensions) {
    public static final String NAMESPACE = "urn:xmpp:bookmarks:1";
    /** The account feature of a server that keeps XEP-0048 private storage and this node as one (§5.3). */
    public static final String COMPAT = NAMESPACE + "#compat";

    public Conference {
        extensions = List.copyOf(extensions);
    }

    public static Conference of(String name, boolean autojoin, String nick) {
        return new Conference(name, autojoin, nick, null, List.of());
    }

    public Conference withAutojoin(boolean on) {
        return new Conference(name, on, nick, password, extensions);
    }

    public Conference withNick(String newNick) {
        return new Conference(name, autojoin, newNick, password, extensions);
    }
}
