package im.parley.xmpp.ext.blocking;

import im.parley.xmpp.jid.Jid;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our copy of the server's block list. Pure state, apart from the session so the push rules can
 * be tested without a server.
 */
public final class BlockList {
    private final Set<Jid> blocked = ConcurrentHashMap.newKeySet();

    public void replace(Collection<Jid> jids) {
        blocked.clear();
        blocked.addAll(jids);
    }

    /**
     * Applies a push; false (and nothing changes) unless it comes from the account itself: anyone
     * can send us an IQ set, only our server may change our list (§3.3, like RFC 6121 §2.1.6).
     */
    public boolean applyPush(Jid from, Jid account, BlockingCommand push) {
        if (!mayPush(from, account, push)) {
            return false;
        }
        switch (push.kind()) {
            case BLOCK -> blocked.addAll(push.jids());
            case UNBLOCK -> {
                if (push.jids().isEmpty()) {
                    blocked.clear();
                } else {
                    push.jids().forEach(blocked::remove);
                }
            }
            case BLOCKLIST -> throw new IllegalStateException("not a push: " + push.kind());
        }
        return true;
    }

    /** Whether {@code push} may change the list: a block or unblock from the account itself. */
    public static boolean mayPush(Jid from, Jid account, BlockingCommand push) {
        return push.kind() != BlockingCommand.Kind.BLOCKLIST
                && (from == null || account != null && from.equals(account.bare()));
    }

    /**
     * Whether {@code jid} is blocked by some item; items match as privacy list JIDs do
     * (XEP-0016 §2.1): full JID, bare JID, domain/resource, then domain.
     */
    public boolean isBlocked(Jid jid) {
        Jid domain = jid.domainJid();
        return blocked.contains(jid) || blocked.contains(jid.bare()) || blocked.contains(domain)
                || (jid.resource() != null && blocked.contains(domain.withResource(jid.resource())));
    }

    public Set<Jid> snapshot() {
        return Set.copyOf(blocked);
    }
}
