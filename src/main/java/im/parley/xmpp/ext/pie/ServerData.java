package im.parley.xmpp.ext.pie;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A whole export, the {@code <server-data xmlns='urn:xmpp:pie:0'/>} document (XEP-0227 §3.1).
 * Parley writes one host with one user, the account being moved; it reads any number.
 *
 * @param hosts the virtual hosts, each once
 * @param extensions other children, kept as they were
 */
public record ServerData(List<PortableHost> hosts, List<XmlElement> extensions) {
    public ServerData {
        hosts = List.copyOf(hosts);
        extensions = List.copyOf(extensions);
        Set<Jid> seen = new HashSet<>();
        for (PortableHost h : hosts) {
            if (!seen.add(h.jid())) {
                throw new IllegalArgumentException("host " + h.jid() + " appears twice");
            }
        }
    }

    /** An export of one account. */
    public static ServerData of(PortableUser user) {
        Jid host = Jid.domain(user.jid().domain());
        return new ServerData(List.of(new PortableHost(host, List.of(user), List.of())), List.of());
    }

    /** The account with this bare JID, if the export holds it. */
    public Optional<PortableUser> user(Jid account) {
        Jid bare = account.bare();
        return hosts.stream().flatMap(h -> h.users().stream()).filter(u -> u.jid().equals(bare)).findFirst();
    }
}
