package im.parley.xmpp.ext.pie;

import im.parley.xmpp.ext.vcard.VCard;
import im.parley.xmpp.im.Roster;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Objects;

/**
 * One account of an export, the {@code <user/>} element (XEP-0227 §3.3).
 *
 * @param jid the account's bare JID: the user's name at its host
 * @param password the plain password (the 'password' attribute), or null. XEP-0227 discourages it
 *     and Parley never writes one unless the caller puts it here; {@link #toString()} hides it
 * @param roster the roster (§3.5), or null when the export has none
 * @param vCard the vCard (§3.8), or null
 * @param privateData the elements of Private XML Storage (§3.7), in order
 * @param offlineMessages messages waiting for the user (§3.6), oldest first
 * @param archive the message archive (§3.11), oldest first
 * @param extensions every other child kept as it was: privacy lists, subscription requests, PEP
 *     nodes, SCRAM credentials, other servers' own data
 */
public record PortableUser(Jid jid, String password, Roster roster, VCard vCard, List<XmlElement> privateData,
                           List<Message> offlineMessages, List<ArchivedMessage> archive,
                           List<XmlElement> extensions) {
    public PortableUser {
        Objects.requireNonNull(jid, "jid");
        if (!jid.isBare() || jid.local() == null) {
            throw new IllegalArgumentException("a user's JID is a bare JID with a localpart, not " + jid);
        }
        privateData = List.copyOf(privateData);
        offlineMessages = List.copyOf(offlineMessages);
        archive = List.copyOf(archive);
        extensions = List.copyOf(extensions);
    }

    /** An account with nothing exported yet. */
    public static PortableUser of(Jid jid) {
        return new PortableUser(jid, null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    public PortableUser withRoster(Roster roster) {
        return new PortableUser(jid, password, roster, vCard, privateData, offlineMessages, archive, extensions);
    }

    public PortableUser withVCard(VCard vCard) {
        return new PortableUser(jid, password, roster, vCard, privateData, offlineMessages, archive, extensions);
    }

    public PortableUser withPrivateData(List<XmlElement> privateData) {
        return new PortableUser(jid, password, roster, vCard, privateData, offlineMessages, archive, extensions);
    }

    public PortableUser withOfflineMessages(List<Message> offlineMessages) {
        return new PortableUser(jid, password, roster, vCard, privateData, offlineMessages, archive, extensions);
    }

    public PortableUser withArchive(List<ArchivedMessage> archive) {
        return new PortableUser(jid, password, roster, vCard, privateData, offlineMessages, archive, extensions);
    }

    @Override
    public String toString() {
        return "PortableUser[" + jid + (password == null ? "" : ", password hidden") + ", roster "
                + (roster == null ? "none" : roster.items().size() + " items") + ", vCard " + (vCard != null)
                + ", " + privateData.size() + " private, " + offlineMessages.size() + " offline, "
                + archive.size() + " archived, " + extensions.size() + " other]";
    }
}
