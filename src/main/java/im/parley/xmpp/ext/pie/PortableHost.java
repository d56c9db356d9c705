package im.parley.xmpp.ext.pie;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One virtual host of an export, the {@code <host/>} element (XEP-0227 §3.2).
 *
 * @param jid the host's domain-only JID
 * @param users its accounts, each at this domain and named once
 * @param extensions other children, kept as they were
 */
public record PortableHost(Jid jid, List<PortableUser> users, List<XmlElement> extensions) {
    public PortableHost {
        Objects.requireNonNull(jid, "jid");
        if (!jid.isDomainOnly()) {
            throw new IllegalArgumentException("a host's JID is a domain, not " + jid);
        }
        users = List.copyOf(users);
        extensions = List.copyOf(extensions);
        Set<Jid> seen = new HashSet<>();
        for (PortableUser u : users) {
            if (!u.jid().domain().equals(jid.domain())) {
                throw new IllegalArgumentException("user " + u.jid() + " is not at host " + jid);
            }
            if (!seen.add(u.jid())) {
                throw new IllegalArgumentException("user " + u.jid() + " appears twice");
            }
        }
    }
}
