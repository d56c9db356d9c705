package im.parley.client.transfer;

import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.pie.ArchivedMessage;
import im.parley.xmpp.ext.pie.PortableFormatException;
import im.parley.xmpp.ext.pie.PortableUser;
import im.parley.xmpp.ext.pie.ServerData;
import im.parley.xmpp.ext.privatedata.PrivateStorage;
import im.parley.xmpp.ext.vcard.VCard;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.Subscription;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an import will write, every part of the export checked before the first write: a file
 * refused here has changed nothing.
 *
 * @param source the account in the export
 * @param target the account it goes into (a bare JID)
 * @param roster the contacts to add or update, the target itself left out
 * @param rosterSkipped contacts left out because they are the target account itself
 * @param vCard the vCard to set, or null when the export has none
 * @param privateData the Private XML Storage elements to store, each under its own name
 * @param archive the archived messages for the target's local history, oldest first
 * @param notImported what the export holds that no client can import, for the user
 */
public record ImportPlan(Jid source, Jid target, List<RosterItem> roster, int rosterSkipped, VCard vCard,
                         List<XmlElement> privateData, List<ArchivedMessage> archive, List<String> notImported) {
    /** More contacts than any real roster: a file asking for more would only flood the server with requests. */
    public static final int MAX_ROSTER_ITEMS = 10_000;

    public ImportPlan {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        roster = List.copyOf(roster);
        privateData = List.copyOf(privateData);
        archive = List.copyOf(archive);
        notImported = List.copyOf(notImported);
    }

    /**
     * Checks the account {@code user} of an export (null: the only one it holds) for import into
     * {@code target}.
     *
     * @throws PortableFormatException when the export does not hold that account, or holds
     *     something no import should write: a roster removal, a contact twice, a private element
     *     without a namespace of its own or twice, an archived message neither from nor to the user
     */
    public static ImportPlan of(ServerData data, Jid user, Jid target) throws PortableFormatException {
        PortableUser u = user(data, user);
        Jid own = target.bare();
        List<RosterItem> roster = new ArrayList<>();
        int skipped = 0;
        boolean subscriptions = false;
        if (u.roster() != null) {
            if (u.roster().items().size() > MAX_ROSTER_ITEMS) {
                throw new PortableFormatException("the roster of " + u.jid() + " has " + u.roster().items().size()
                        + " contacts, more than the " + MAX_ROSTER_ITEMS + " Parley imports");
            }
            Set<Jid> seen = new HashSet<>();
            for (RosterItem i : u.roster().items()) {
                if (i.isRemove()) {
                    // Imported as asked, this would delete the contact from the target's roster.
                    throw new PortableFormatException("the roster of " + u.jid() + " asks to remove " + i.jid()
                            + ": an export lists contacts, it does not remove them");
                }
                if (!seen.add(i.jid().bare())) {
                    throw new PortableFormatException("the roster of " + u.jid() + " lists " + i.jid().bare() + " twice");
                }
                if (i.jid().bare().equals(own)) {
                    skipped++;
                    continue;
                }
                subscriptions |= i.subscription() != Subscription.NONE || i.askSubscribe();
                roster.add(RosterItem.of(i.jid().bare(), i.name(), i.groups()));
            }
        }
        checkPrivate(u);
        checkArchive(u);
        VCard vCard = u.vCard() == null || u.vCard().isEmpty() ? null : u.vCard();
        return new ImportPlan(u.jid(), own, roster, skipped, vCard, u.privateData(), u.archive(),
                notImported(u, subscriptions));
    }

    private static PortableUser user(ServerData data, Jid user) throws PortableFormatException {
        List<Jid> all = data.hosts().stream().flatMap(h -> h.users().stream()).map(PortableUser::jid).toList();
        if (user != null) {
            return data.user(user).orElseThrow(() -> new PortableFormatException("the export holds no account "
                    + user.bare() + (all.isEmpty() ? "" : "; it holds " + join(all))));
        }
        if (all.size() != 1) {
            throw new PortableFormatException(all.isEmpty() ? "the export holds no account"
                    : "the export holds " + all.size() + " accounts (" + join(all) + "): say which one to import");
        }
        return data.user(all.get(0)).orElseThrow();
    }

    private static void checkPrivate(PortableUser u) throws PortableFormatException {
        Set<QName> names = new HashSet<>();
        for (XmlElement e : u.privateData()) {
            if (e.namespace().isEmpty() || e.namespace().equals(PrivateStorage.NAMESPACE)) {
                throw new PortableFormatException("the private storage of " + u.jid() + " holds <" + e.name()
                        + "> without a namespace of its own, which XEP-0049 cannot store");
            }
            if (!names.add(QName.of(e))) {
                throw new PortableFormatException("the private storage of " + u.jid() + " holds " + QName.of(e)
                        + " twice");
            }
        }
    }

    private static void checkArchive(PortableUser u) throws PortableFormatException {
        int n = 0;
        for (ArchivedMessage a : u.archive()) {
            n++;
            Message m = a.message();
            if (m.from() == null || m.to() == null) {
                throw new PortableFormatException("message " + n + " of the archive of " + u.jid()
                        + " lacks a 'from' or a 'to'");
            }
            if (!m.from().bare().equals(u.jid()) && !m.to().bare().equals(u.jid())) {
                // It would appear in the history as a conversation the user never had.
                throw new PortableFormatException("message " + n + " of the archive of " + u.jid() + " is from "
                        + m.from() + " to " + m.to() + ", neither of them " + u.jid());
            }
        }
    }

    private static List<String> notImported(PortableUser u, boolean subscriptions) {
        List<String> notes = new ArrayList<>();
        if (u.password() != null) {
            notes.add("the password: the account keeps its own");
        }
        if (subscriptions) {
            notes.add("presence subscriptions: only contacts can grant them (RFC 6121 §3), so ask them again");
        }
        if (!u.offlineMessages().isEmpty()) {
            notes.add(u.offlineMessages().size() + " offline messages: only a server can queue them");
        }
        if (!u.extensions().isEmpty()) {
            notes.add(u.extensions().size() + " other elements (" + String.join(", ", u.extensions().stream()
                    .map(e -> QName.of(e).toString()).distinct().toList()) + "): Parley does not import them");
        }
        return notes;
    }

    private static String join(List<Jid> jids) {
        return String.join(", ", jids.stream().map(Jid::toString).toList());
    }
}
