package im.parley.xmpp.ext.pie;

import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.ext.forward.Forwarded;
import im.parley.xmpp.ext.vcard.VCard;
import im.parley.xmpp.ext.privatedata.PrivateStorage;
import im.parley.xmpp.im.Roster;
import im.parley.xmpp.im.RosterFormatException;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.jid.JidFormatException;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed {@code <server-data/>} tree into records, refusing what breaks XEP-0227 or could
 * not be imported faithfully: invalid JIDs anywhere, a second roster or vCard for one user,
 * XInclude (files are never opened on a document's say-so). Unknown elements are kept.
 */
final class PortableReader {
    private PortableReader() {
    }

    static ServerData serverData(XmlElement root) throws PortableFormatException {
        if (!root.is("server-data", PortableFormat.NAMESPACE)) {
            throw new PortableFormatException("not a XEP-0227 export: the document is <" + root.name() + " xmlns='"
                    + root.namespace() + "'>, expected <server-data xmlns='" + PortableFormat.NAMESPACE + "'>");
        }
        List<PortableHost> hosts = new ArrayList<>();
        List<XmlElement> extensions = new ArrayList<>();
        for (XmlElement e : root.elements()) {
            refuseInclude(e, "<server-data/>");
            if (e.is("host", PortableFormat.NAMESPACE)) {
                hosts.add(host(e));
            } else {
                extensions.add(e);
            }
        }
        try {
            return new ServerData(hosts, extensions);
        } catch (IllegalArgumentException e) {
            throw new PortableFormatException(e.getMessage());
        }
    }

    private static PortableHost host(XmlElement host) throws PortableFormatException {
        String text = required(host, "jid", "<host/>");
        Jid jid;
        try {
            jid = Jid.of(text);
        } catch (JidFormatException e) {
            throw new PortableFormatException("host '" + text + "' is not a valid JID: " + e.getMessage());
        }
        if (!jid.isDomainOnly()) {
            throw new PortableFormatException("host '" + text + "' is not a domain");
        }
        List<PortableUser> users = new ArrayList<>();
        List<XmlElement> extensions = new ArrayList<>();
        for (XmlElement e : host.elements()) {
            refuseInclude(e, "host " + jid);
            if (e.is("user", PortableFormat.NAMESPACE)) {
                users.add(user(e, jid));
            } else {
                extensions.add(e);
            }
        }
        try {
            return new PortableHost(jid, users, extensions);
        } catch (IllegalArgumentException e) {
            throw new PortableFormatException("host " + jid + ": " + e.getMessage());
        }
    }

    private static PortableUser user(XmlElement user, Jid host) throws PortableFormatException {
        String name = required(user, "name", "<user/> at " + host);
        Jid jid;
        try {
            jid = Jid.of(name, host.domain(), null);
        } catch (JidFormatException e) {
            throw new PortableFormatException("user name '" + name + "' at " + host + " is not a valid localpart: "
                    + e.getMessage());
        }
        Parts p = new Parts();
        for (XmlElement e : user.elements()) {
            refuseInclude(e, "user " + jid);
            if (e.is("query", RosterItem.NAMESPACE)) {
                p.roster = once(p.roster, roster(e, jid), jid, "roster");
            } else if (e.is(VCard.ELEMENT, VCard.NAMESPACE)) {
                p.vCard = once(p.vCard, new VCard(e), jid, "vCard");
            } else if (e.is("query", PrivateStorage.NAMESPACE)) {
                p.privateData = once(p.privateData, e.elements(), jid, "private storage");
            } else if (e.is("offline-messages", PortableFormat.NAMESPACE)) {
                p.offline = once(p.offline, offline(e, jid), jid, "<offline-messages/>");
            } else if (e.is("archive", PortableFormat.ARCHIVE_NAMESPACE)) {
                p.archive = once(p.archive, archive(e, jid), jid, "message archive");
            } else {
                p.extensions.add(e);
            }
        }
        return new PortableUser(jid, user.attributeOrNull("password"), p.roster, p.vCard,
                orEmpty(p.privateData), orEmpty(p.offline), orEmpty(p.archive), p.extensions);
    }

    /** Unlike a login, where one bad contact is skipped, an import must not quietly lose one. */
    private static Roster roster(XmlElement query, Jid user) throws PortableFormatException {
        List<RosterItem> items = new ArrayList<>();
        for (XmlElement item : query.children("item", RosterItem.NAMESPACE)) {
            try {
                items.add(RosterItem.fromXml(item));
            } catch (RosterFormatException e) {
                throw new PortableFormatException("roster of " + user + ": " + e.getMessage());
            }
        }
        return new Roster(query.attributeOrNull("ver"), items);
    }

    private static List<Message> offline(XmlElement offline, Jid user) throws PortableFormatException {
        List<Message> messages = new ArrayList<>();
        for (XmlElement e : offline.elements()) {
            messages.add(message(e, "offline messages of " + user));
        }
        return messages;
    }

    private static List<ArchivedMessage> archive(XmlElement archive, Jid user) throws PortableFormatException {
        List<ArchivedMessage> messages = new ArrayList<>();
        String where = "message archive of " + user;
        for (XmlElement result : archive.elements()) {
            if (!result.is("result", PortableFormat.MAM_NAMESPACE)) {
                throw new PortableFormatException(where + ": expected <result xmlns='" + PortableFormat.MAM_NAMESPACE
                        + "'>, found <" + result.name() + " xmlns='" + result.namespace() + "'>");
            }
            XmlElement forwarded = result.child(Forwarded.ELEMENT, Forwarded.NAMESPACE).orElseThrow(
                    () -> new PortableFormatException(where + ": a <result/> without <forwarded xmlns='"
                            + Forwarded.NAMESPACE + "'>"));
            List<XmlElement> stanzas = forwarded.elements().stream()
                    .filter(e -> e.namespace().equals(Stanza.CLIENT_NAMESPACE)).toList();
            if (stanzas.size() != 1) {
                throw new PortableFormatException(where + ": a <forwarded/> must hold one message, it holds "
                        + stanzas.size() + " stanzas");
            }
            Delay delay = forwarded.child(Delay.ELEMENT, Delay.NAMESPACE).flatMap(Delay::fromXml).orElse(null);
            messages.add(new ArchivedMessage(result.attributeOrNull("id"), delay, message(stanzas.get(0), where)));
        }
        return messages;
    }

    private static Message message(XmlElement e, String where) throws PortableFormatException {
        if (!e.is("message", Stanza.CLIENT_NAMESPACE)) {
            throw new PortableFormatException(where + ": expected <message xmlns='jabber:client'>, found <"
                    + e.name() + " xmlns='" + e.namespace() + "'>");
        }
        try {
            return (Message) Stanza.fromXml(e).orElseThrow();
        } catch (StanzaFormatException ex) {
            throw new PortableFormatException(where + ": " + ex.getMessage());
        }
    }

    /** XEP-0227 §4 lets exports be split with XInclude; following one would read files a stranger names. */
    private static void refuseInclude(XmlElement e, String where) throws PortableFormatException {
        if (e.is("include", PortableFormat.XINCLUDE_NAMESPACE)) {
            throw new PortableFormatException("in " + where + ": the export is split into several files with "
                    + "XInclude (href '" + e.attributeOrNull("href") + "'), which Parley does not follow; "
                    + "export into a single file instead");
        }
    }

    private static String required(XmlElement e, String attribute, String where) throws PortableFormatException {
        String value = e.attributeOrNull(attribute);
        if (value == null || value.isEmpty()) {
            throw new PortableFormatException(where + " has no '" + attribute + "'");
        }
        return value;
    }

    private static <T> T once(T previous, T value, Jid user, String what) throws PortableFormatException {
        if (previous != null) {
            throw new PortableFormatException("user " + user + " has more than one " + what);
        }
        return value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** What one user element has been found to hold so far. */
    private static final class Parts {
        Roster roster;
        VCard vCard;
        List<XmlElement> privateData;
        List<Message> offline;
        List<ArchivedMessage> archive;
        final List<XmlElement> extensions = new ArrayList<>();
    }
}
